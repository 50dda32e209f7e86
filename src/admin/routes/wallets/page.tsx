import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Select, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import { adjustmentBodyOf, failingChecks, money, OWNER_TYPES, ownerTypeLabel, walletListQuery } from "../../lib/wallet-admin"

const PAGE_SIZE = 20

type WalletRow = {
  id: string
  owner_type: string
  owner_id: string
  currency_code: string
  balance: number
  available: number
  pending: number
  frozen: number
  updated_at: string
}
type LedgerCheck = { ok: boolean; checks: { name: string; description: string; ok: boolean; failures: number; examples: string[] }[] }

/** Every ledger account with its balances, the ledger's live invariants, and manual adjustments (docs/wallet.md). */
const WalletsPage = () => {
  const [ownerType, setOwnerType] = useState("all")
  const [currency, setCurrency] = useState("all")
  const [page, setPage] = useState(0)
  const list = useQuery({
    queryKey: ["daraa-wallets", ownerType, currency, page],
    queryFn: () =>
      sdk.client.fetch<{ wallets: WalletRow[]; count: number }>("/admin/wallets", {
        query: walletListQuery({ ownerType, currency, page }, PAGE_SIZE),
      }),
    placeholderData: keepPreviousData,
  })
  const check = useQuery({ queryKey: ["daraa-ledger-check"], queryFn: () => sdk.client.fetch<LedgerCheck>("/admin/ledger/check") })
  const count = list.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const failing = check.data ? failingChecks(check.data) : []

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex items-center justify-between px-6 py-4" data-testid="daraa-ledger-check">
        <div>
          <Heading level="h2">Ledger</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every invariant recomputed from the entries, now.
          </Text>
          {failing.map((line) => (
            <Text key={line} size="small" className="text-ui-fg-error">
              {line}
            </Text>
          ))}
        </div>
        {check.data && <StatusBadge color={check.data.ok ? "green" : "red"}>{check.data.ok ? "Balanced" : "Check failing"}</StatusBadge>}
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>Wallets</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Customers, stores, couriers, the platform and the payment rails, one account per currency.
            </Text>
          </div>
        </div>
        <div className="flex gap-2 px-6 py-4">
          <div className="w-[200px]">
            <Select
              value={ownerType}
              onValueChange={(value) => {
                setOwnerType(value)
                setPage(0)
              }}
            >
              <Select.Trigger data-testid="daraa-wallets-owner-type">
                <Select.Value placeholder="Owner" />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">Every owner</Select.Item>
                {OWNER_TYPES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {ownerTypeLabel(value)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="w-[160px]">
            <Select
              value={currency}
              onValueChange={(value) => {
                setCurrency(value)
                setPage(0)
              }}
            >
              <Select.Trigger>
                <Select.Value placeholder="Currency" />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">Every currency</Select.Item>
                <Select.Item value="syp">SYP</Select.Item>
                <Select.Item value="usd">USD</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Owner</Table.HeaderCell>
              <Table.HeaderCell>Balance</Table.HeaderCell>
              <Table.HeaderCell>Available</Table.HeaderCell>
              <Table.HeaderCell>Pending</Table.HeaderCell>
              <Table.HeaderCell>Updated</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(list.data?.wallets ?? []).map((wallet) => (
              <Table.Row key={wallet.id} data-testid="daraa-wallet-row">
                <Table.Cell>
                  <Badge size="2xsmall">{ownerTypeLabel(wallet.owner_type)}</Badge> <Text size="small" as="span">{wallet.owner_id}</Text>
                </Table.Cell>
                <Table.Cell>{money(wallet.balance, wallet.currency_code)}</Table.Cell>
                <Table.Cell>{money(wallet.available, wallet.currency_code)}</Table.Cell>
                <Table.Cell>{money(wallet.pending, wallet.currency_code)}</Table.Cell>
                <Table.Cell>{new Date(wallet.updated_at).toLocaleString()}</Table.Cell>
                <Table.Cell>{wallet.owner_type !== "platform" && wallet.owner_type !== "external" && <AdjustDrawer wallet={wallet} />}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {list.data && list.data.wallets.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            No wallet matches: a wallet appears with its first movement.
          </Text>
        )}
        <Table.Pagination
          count={count}
          pageSize={PAGE_SIZE}
          pageIndex={page}
          pageCount={pages}
          canPreviousPage={page > 0}
          canNextPage={page + 1 < pages}
          previousPage={() => setPage((current) => Math.max(0, current - 1))}
          nextPage={() => setPage((current) => current + 1)}
        />
      </Container>
    </div>
  )
}

/** Credit or debit one wallet, with a reason kept on the ledger with the admin's id. */
const AdjustDrawer = ({ wallet }: { wallet: WalletRow }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState({ amount: "", reason: "" })
  const [problem, setProblem] = useState<string | null>(null)
  // One key per opened form: a double click or a retried request adjusts once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID())
  const queryClient = useQueryClient()
  const adjust = useMutation({
    mutationFn: (body: { amount: number; reason: string }) =>
      sdk.client.fetch(`/admin/wallets/${wallet.id}/adjustments`, { method: "POST", body, headers: { "Idempotency-Key": idempotencyKey } }),
    onSuccess: async () => {
      toast.success("Wallet adjusted")
      setOpen(false)
      await queryClient.invalidateQueries({ queryKey: ["daraa-wallets"] })
      await queryClient.invalidateQueries({ queryKey: ["daraa-ledger-check"] })
    },
    onError: (error: any) => setProblem(error?.message ?? "The adjustment was refused."),
  })
  const submit = () => {
    const parsed = adjustmentBodyOf(form)
    if ("error" in parsed) {
      setProblem(parsed.error)
      return
    }
    setProblem(null)
    adjust.mutate(parsed.body)
  }
  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setForm({ amount: "", reason: "" })
          setProblem(null)
          setIdempotencyKey(crypto.randomUUID())
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="daraa-wallet-adjust">
          Adjust
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            Adjust {ownerTypeLabel(wallet.owner_type).toLowerCase()} {wallet.owner_id}
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text size="small" className="text-ui-fg-subtle">
            Available now: {money(wallet.available, wallet.currency_code)}. A positive amount credits the wallet, a negative one debits it.
          </Text>
          <div className="flex flex-col gap-1">
            <Label htmlFor={`daraa-adjust-amount-${wallet.id}`}>Amount ({wallet.currency_code.toUpperCase()})</Label>
            <Input
              id={`daraa-adjust-amount-${wallet.id}`}
              value={form.amount}
              onChange={(event) => setForm((current) => ({ ...current, amount: event.target.value }))}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor={`daraa-adjust-reason-${wallet.id}`}>Reason</Label>
            <Input
              id={`daraa-adjust-reason-${wallet.id}`}
              value={form.reason}
              onChange={(event) => setForm((current) => ({ ...current, reason: event.target.value }))}
            />
          </div>
          {problem && (
            <Text size="small" className="text-ui-fg-error" data-testid="daraa-wallet-adjust-problem">
              {problem}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={adjust.isPending}>
            Adjust
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export const config = defineRouteConfig({
  label: "Wallets",
  icon: CurrencyDollar,
})

export default WalletsPage

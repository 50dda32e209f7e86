import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Select, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"
import { paginationLabels } from "../../lib/translate"
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
  const { t } = useTranslation("daraa")
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
  const failing = check.data ? failingChecks(check.data, t) : []

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex items-center justify-between px-6 py-4" data-testid="daraa-ledger-check">
        <div>
          <Heading level="h2">{t("wallets.ledger")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("wallets.ledgerAbout")}
          </Text>
          {failing.map((line) => (
            <Text key={line} size="small" className="text-ui-fg-error">
              {line}
            </Text>
          ))}
        </div>
        {check.data && <StatusBadge color={check.data.ok ? "green" : "red"}>{check.data.ok ? t("wallets.balanced") : t("wallets.failing")}</StatusBadge>}
      </Container>
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("wallets.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("wallets.subtitle")}
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
                <Select.Value placeholder={t("wallets.owner")} />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">{t("wallets.everyOwner")}</Select.Item>
                {OWNER_TYPES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {ownerTypeLabel(value, t)}
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
                <Select.Value placeholder={t("wallets.currency")} />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">{t("wallets.everyCurrency")}</Select.Item>
                <Select.Item value="syp">SYP</Select.Item>
                <Select.Item value="usd">USD</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("wallets.owner")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wallets.balance")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wallets.available")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wallets.pending")}</Table.HeaderCell>
              <Table.HeaderCell>{t("wallets.updated")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(list.data?.wallets ?? []).map((wallet) => (
              <Table.Row key={wallet.id} data-testid="daraa-wallet-row">
                <Table.Cell>
                  <Badge size="2xsmall">{ownerTypeLabel(wallet.owner_type, t)}</Badge> <Text size="small" as="span">{wallet.owner_id}</Text>
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
            {t("wallets.none")}
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
          translations={paginationLabels(t)}
        />
      </Container>
    </div>
  )
}

/** Credit or debit one wallet, with a reason kept on the ledger with the admin's id. */
const AdjustDrawer = ({ wallet }: { wallet: WalletRow }) => {
  const { t } = useTranslation("daraa")
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
      toast.success(t("wallets.adjusted"))
      setOpen(false)
      await queryClient.invalidateQueries({ queryKey: ["daraa-wallets"] })
      await queryClient.invalidateQueries({ queryKey: ["daraa-ledger-check"] })
    },
    onError: (error: any) => setProblem(error?.message ?? t("wallets.refused")),
  })
  const submit = () => {
    const parsed = adjustmentBodyOf(form, t)
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
          {t("wallets.adjust")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {t("wallets.adjustTitle", { owner: ownerTypeLabel(wallet.owner_type, t).toLowerCase(), id: wallet.owner_id })}
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("wallets.adjustAbout", { amount: money(wallet.available, wallet.currency_code) })}
          </Text>
          <div className="flex flex-col gap-1">
            <Label htmlFor={`daraa-adjust-amount-${wallet.id}`}>{t("wallets.amount", { currency: wallet.currency_code.toUpperCase() })}</Label>
            <Input
              id={`daraa-adjust-amount-${wallet.id}`}
              value={form.amount}
              onChange={(event) => setForm((current) => ({ ...current, amount: event.target.value }))}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor={`daraa-adjust-reason-${wallet.id}`}>{t("wallets.reason")}</Label>
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
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={adjust.isPending}>
            {t("wallets.adjust")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export const config = defineRouteConfig({
  // A key of src/admin/i18n: "Wallets" in English.
  label: "menu.wallets",
  translationNs: "daraa",
  icon: CurrencyDollar,
})

export default WalletsPage

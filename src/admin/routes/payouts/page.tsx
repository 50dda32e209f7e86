import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, CashSolid } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Select, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"
import { PAYOUT_STATUSES, payoutActions, payoutListQuery, payoutStatusColor, payoutStatusLabel, textOf } from "../../lib/payout-admin"
import { paginationLabels } from "../../lib/translate"
import { money, ownerTypeLabel } from "../../lib/wallet-admin"

const PAGE_SIZE = 20

type PayoutItem = { id: string; reference_type: string; reference_id: string; gross: number; commission: number; fees: number; net: number }
type PayoutRow = {
  id: string
  owner_type: string
  owner_id: string
  payee_name: string | null
  currency_code: string
  amount: number
  status: string
  method: string
  destination_hint: string
  provider_reference: string | null
  failure_reason: string | null
  decision_reason: string | null
  early: boolean
  created_at: string
  items: PayoutItem[]
}

const refresh = (queryClient: ReturnType<typeof useQueryClient>) => queryClient.invalidateQueries({ queryKey: ["daraa-payouts"] })

/** Every payout of stores and couriers: filter, decide early requests, mark bank transfers paid, run now, export (docs/payouts.md). */
const PayoutsPage = () => {
  const { t } = useTranslation("daraa")
  const queryClient = useQueryClient()
  const [status, setStatus] = useState("all")
  const [ownerType, setOwnerType] = useState("all")
  const [page, setPage] = useState(0)
  const list = useQuery({
    queryKey: ["daraa-payouts", status, ownerType, page],
    queryFn: () =>
      sdk.client.fetch<{ payouts: PayoutRow[]; count: number; next_payout_at: string }>("/admin/payouts", {
        query: payoutListQuery({ status, ownerType, page }, PAGE_SIZE),
      }),
    placeholderData: keepPreviousData,
  })
  const run = useMutation({
    mutationFn: () => sdk.client.fetch<{ run: { payout_ids: string[] } }>("/admin/payouts/run", { method: "POST", body: {} }),
    onSuccess: async (data) => {
      toast.success(t("payouts.ran", { count: data.run.payout_ids.length }))
      await refresh(queryClient)
    },
    onError: (error: any) => toast.error(error?.message ?? t("payouts.refused")),
  })
  const exportCsv = useMutation({
    mutationFn: async () => {
      const response = await sdk.client.fetch<Response>("/admin/payouts/export", { headers: { accept: "text/csv" }, method: "GET" } as any)
      const text = typeof response === "string" ? response : await (response as Response).text()
      const link = document.createElement("a")
      link.href = URL.createObjectURL(new Blob([text], { type: "text/csv" }))
      link.download = `payouts-pending-${new Date().toISOString().slice(0, 10)}.csv`
      link.click()
      URL.revokeObjectURL(link.href)
    },
    onError: (error: any) => toast.error(error?.message ?? t("payouts.refused")),
  })
  const count = list.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("payouts.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {list.data ? t("payouts.subtitle", { date: new Date(list.data.next_payout_at).toLocaleString() }) : t("common.loading")}
          </Text>
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" onClick={() => exportCsv.mutate()} isLoading={exportCsv.isPending} data-testid="daraa-payouts-export">
            <ArrowDownTray />
            {t("payouts.export")}
          </Button>
          <Button size="small" onClick={() => run.mutate()} isLoading={run.isPending} data-testid="daraa-payouts-run">
            {t("payouts.runNow")}
          </Button>
        </div>
      </div>
      <div className="flex gap-2 px-6 py-4">
        <div className="w-[200px]">
          <Select
            value={status}
            onValueChange={(value) => {
              setStatus(value)
              setPage(0)
            }}
          >
            <Select.Trigger data-testid="daraa-payouts-status">
              <Select.Value placeholder={t("payouts.status")} />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("payouts.everyStatus")}</Select.Item>
              {PAYOUT_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {payoutStatusLabel(value, t)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="w-[200px]">
          <Select
            value={ownerType}
            onValueChange={(value) => {
              setOwnerType(value)
              setPage(0)
            }}
          >
            <Select.Trigger>
              <Select.Value placeholder={t("payouts.payee")} />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("payouts.everyPayee")}</Select.Item>
              <Select.Item value="vendor">{ownerTypeLabel("vendor", t)}</Select.Item>
              <Select.Item value="courier">{ownerTypeLabel("courier", t)}</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("payouts.payee")}</Table.HeaderCell>
            <Table.HeaderCell>{t("payouts.amount")}</Table.HeaderCell>
            <Table.HeaderCell>{t("payouts.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("payouts.destination")}</Table.HeaderCell>
            <Table.HeaderCell>{t("payouts.created")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.data?.payouts ?? []).map((payout) => (
            <Table.Row key={payout.id} data-testid="daraa-payout-row">
              <Table.Cell>
                <Badge size="2xsmall">{ownerTypeLabel(payout.owner_type, t)}</Badge>{" "}
                <Text size="small" as="span">
                  {payout.payee_name ?? payout.owner_id}
                </Text>
                {payout.early && (
                  <Badge size="2xsmall" color="purple" className="ms-1">
                    {t("payouts.early")}
                  </Badge>
                )}
              </Table.Cell>
              <Table.Cell>{money(payout.amount, payout.currency_code)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={payoutStatusColor(payout.status)}>{payoutStatusLabel(payout.status, t)}</StatusBadge>
                {(payout.failure_reason || payout.decision_reason) && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {payout.failure_reason ?? payout.decision_reason}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>
                <Text size="small">{payout.destination_hint}</Text>
                {payout.provider_reference && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {payout.provider_reference}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>{new Date(payout.created_at).toLocaleString()}</Table.Cell>
              <Table.Cell>
                {payoutActions(payout).includes("decide") && <DecideDrawer payout={payout} />}
                {payoutActions(payout).includes("markPaid") && <MarkPaidDrawer payout={payout} />}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && list.data.payouts.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("payouts.none")}
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
  )
}

/** The earnings a payout pays, one line each: what the admin approves or pays. */
const PayoutItems = ({ payout }: { payout: PayoutRow }) => {
  const { t } = useTranslation("daraa")
  return (
    <div className="flex flex-col gap-1">
      <Text size="small" weight="plus">
        {t("payouts.items", { count: payout.items.length })}
      </Text>
      {payout.items.map((item) => (
        <Text key={item.id} size="xsmall" className="text-ui-fg-subtle">
          {t("payouts.itemLine", {
            reference: item.reference_id,
            gross: money(item.gross, payout.currency_code),
            commission: money(item.commission, payout.currency_code),
            net: money(item.net, payout.currency_code),
          })}
        </Text>
      ))}
    </div>
  )
}

/** Approve or reject an early payout request, with a reason (required to reject). */
const DecideDrawer = ({ payout }: { payout: PayoutRow }) => {
  const { t } = useTranslation("daraa")
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const decide = useMutation({
    mutationFn: ({ decision, reason }: { decision: "approve" | "reject"; reason?: string }) =>
      sdk.client.fetch(`/admin/payouts/${payout.id}/${decision}`, { method: "POST", body: reason ? { reason } : {} }),
    onSuccess: async (_, { decision }) => {
      toast.success(decision === "approve" ? t("payouts.approved") : t("payouts.rejected"))
      setOpen(false)
      await refresh(queryClient)
    },
    onError: (error: any) => setProblem(error?.message ?? t("payouts.refused")),
  })
  const submit = (decision: "approve" | "reject") => {
    const parsed = textOf(reason, decision === "reject", t)
    if ("error" in parsed) {
      setProblem(parsed.error)
      return
    }
    setProblem(null)
    decide.mutate({ decision, reason: parsed.value })
  }
  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setReason("")
          setProblem(null)
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="daraa-payout-decide">
          {t("payouts.decide")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("payouts.decideTitle", { amount: money(payout.amount, payout.currency_code), payee: payout.payee_name ?? payout.owner_id })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <PayoutItems payout={payout} />
          <div className="flex flex-col gap-1">
            <Label htmlFor={`daraa-payout-reason-${payout.id}`}>{t("payouts.reason")}</Label>
            <Input id={`daraa-payout-reason-${payout.id}`} value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
          {problem && (
            <Text size="small" className="text-ui-fg-error">
              {problem}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="danger" onClick={() => submit("reject")} isLoading={decide.isPending}>
            {t("payouts.reject")}
          </Button>
          <Button size="small" onClick={() => submit("approve")} isLoading={decide.isPending}>
            {t("payouts.approve")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** Mark a pending bank transfer paid with the bank's reference (a repeat is a no-op). */
const MarkPaidDrawer = ({ payout }: { payout: PayoutRow }) => {
  const { t } = useTranslation("daraa")
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [reference, setReference] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const markPaid = useMutation({
    mutationFn: (body: { reference: string }) => sdk.client.fetch(`/admin/payouts/${payout.id}/mark-paid`, { method: "POST", body }),
    onSuccess: async () => {
      toast.success(t("payouts.markedPaid"))
      setOpen(false)
      await refresh(queryClient)
    },
    onError: (error: any) => setProblem(error?.message ?? t("payouts.refused")),
  })
  const submit = () => {
    const parsed = textOf(reference, true, t)
    if ("error" in parsed) {
      setProblem(parsed.error)
      return
    }
    setProblem(null)
    markPaid.mutate({ reference: parsed.value! })
  }
  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setReference("")
          setProblem(null)
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="daraa-payout-mark-paid">
          <CashSolid />
          {t("payouts.markPaid")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("payouts.markPaidTitle", { amount: money(payout.amount, payout.currency_code), payee: payout.payee_name ?? payout.owner_id })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("payouts.markPaidAbout", { destination: payout.destination_hint })}
          </Text>
          <PayoutItems payout={payout} />
          <div className="flex flex-col gap-1">
            <Label htmlFor={`daraa-payout-reference-${payout.id}`}>{t("payouts.reference")}</Label>
            <Input id={`daraa-payout-reference-${payout.id}`} value={reference} onChange={(event) => setReference(event.target.value)} />
          </div>
          {problem && (
            <Text size="small" className="text-ui-fg-error">
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
          <Button size="small" onClick={submit} isLoading={markPaid.isPending}>
            {t("payouts.markPaid")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export const config = defineRouteConfig({
  // A key of src/admin/i18n: "Payouts" in English.
  label: "menu.payouts",
  translationNs: "daraa",
  icon: CashSolid,
})

export default PayoutsPage

import { Button, Container, Drawer, Heading, Input, Label, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { cashPostingLabel, depositBodyOf, walletsToShow, type CourierCashPosting, type CourierCashWallet } from "../lib/courier-cash-admin"
import { sdk } from "../lib/sdk"
import { money } from "../lib/wallet-admin"

type CourierCash = {
  cash: { courier_id: string; wallets: CourierCashWallet[] }
  transactions: CourierCashPosting[]
  currency_code: string
  count: number
}

const RECENT = 5

/** The courier page's cash: what the courier owes against its limit, its recent movements, and the deposit drawer. */
export const CourierCashSection = ({ courierId }: { courierId: string }) => {
  const { t } = useTranslation("daraa")
  const cash = useQuery({
    queryKey: ["daraa-courier-cash", courierId],
    queryFn: () => sdk.client.fetch<CourierCash>(`/admin/couriers/${courierId}/cash`, { query: { limit: RECENT } }),
  })
  const data = cash.data
  return (
    <Container className="p-0" data-testid="daraa-courier-cash">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("courierCash.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("courierCash.about")}
          </Text>
        </div>
      </div>
      {data && (
        <>
          <div className="flex flex-col gap-3 px-6 pb-4">
            {walletsToShow(data.cash.wallets).map((wallet) => (
              <div key={wallet.currency_code} className="flex items-center justify-between gap-4" data-testid={`daraa-courier-cash-${wallet.currency_code}`}>
                <div className="grid grid-cols-3 gap-6">
                  <Figure label={t("courierCash.owed")} value={money(wallet.cash_owed, wallet.currency_code)} />
                  <Figure label={t("courierCash.limit")} value={money(wallet.cash_limit, wallet.currency_code)} />
                  <Figure label={t("courierCash.balance")} value={money(wallet.balance, wallet.currency_code)} />
                </div>
                <div className="flex items-center gap-2">
                  <StatusBadge color={wallet.cash_limit_reached ? "red" : "green"}>
                    {wallet.cash_limit_reached ? t("courierCash.limitReached") : t("courierCash.underLimit")}
                  </StatusBadge>
                  {wallet.cash_owed > 0 && <DepositDrawer courierId={courierId} wallet={wallet} />}
                </div>
              </div>
            ))}
          </div>
          <div className="px-6 pb-4">
            <Text size="small" weight="plus" className="pb-2">
              {t("courierCash.recent")}
            </Text>
            {data.transactions.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                {t("courierCash.noPostings")}
              </Text>
            ) : (
              <Table>
                <Table.Body>
                  {data.transactions.map((posting) => (
                    <Table.Row key={posting.id}>
                      <Table.Cell>{new Date(posting.created_at).toLocaleString()}</Table.Cell>
                      <Table.Cell>{cashPostingLabel(posting, t)}</Table.Cell>
                      <Table.Cell className="text-right">{money(posting.amount, data.currency_code)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </div>
        </>
      )}
    </Container>
  )
}

const Figure = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus">
      {value}
    </Text>
  </div>
)

/** Cash the courier hands in at the cash desk, with the receipt's number. */
const DepositDrawer = ({ courierId, wallet }: { courierId: string; wallet: CourierCashWallet }) => {
  const { t } = useTranslation("daraa")
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState("")
  const [reference, setReference] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const deposit = useMutation({
    mutationFn: (body: { amount: number; reference: string; currency_code: string }) =>
      sdk.client.fetch(`/admin/couriers/${courierId}/deposits`, { method: "POST", body }),
    onSuccess: async () => {
      toast.success(t("courierCash.depositRecorded"))
      setOpen(false)
      setAmount("")
      setReference("")
      await queryClient.invalidateQueries({ queryKey: ["daraa-courier-cash", courierId] })
    },
    onError: (error: any) => setProblem(error?.message ?? t("courierCash.refused")),
  })
  const submit = () => {
    const parsed = depositBodyOf({ amount, reference, currency_code: wallet.currency_code }, wallet.cash_owed, t)
    if ("error" in parsed) {
      setProblem(parsed.error)
      return
    }
    setProblem(null)
    deposit.mutate(parsed.body)
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={`daraa-courier-deposit-${wallet.currency_code}`}>
          {t("courierCash.recordDeposit")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("courierCash.depositTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text size="small">{t("courierCash.depositAbout", { amount: money(wallet.cash_owed, wallet.currency_code) })}</Text>
          <div className="flex flex-col gap-1">
            <Label htmlFor="daraa-courier-deposit-amount">{t("courierCash.amount", { currency: wallet.currency_code.toUpperCase() })}</Label>
            <Input id="daraa-courier-deposit-amount" type="number" value={amount} onChange={(event) => setAmount(event.target.value)} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="daraa-courier-deposit-reference">{t("courierCash.reference")}</Label>
            <Input id="daraa-courier-deposit-reference" value={reference} onChange={(event) => setReference(event.target.value)} />
          </div>
          {problem && (
            <Text size="small" className="text-ui-fg-error" data-testid="daraa-courier-deposit-error">
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
          <Button size="small" onClick={submit} isLoading={deposit.isPending} data-testid="daraa-courier-deposit-submit">
            {t("courierCash.recordDeposit")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

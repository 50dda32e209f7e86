import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Prompt, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { cashBodyOf, cashStateOf, type CashOrder } from "../lib/cash-collection"
import { sdk } from "../lib/sdk"

/**
 * On the order page of a vendor order paid in cash on delivery: whether its
 * cash was collected, and the admin's "Record cash collected", which captures
 * the order's payment and posts the cash to the ledger
 * (`POST /admin/vendor-orders/:id/cash-collected`, docs/wallet.md).
 */
const VendorOrderCashWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation("daraa")
  const [amount, setAmount] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const queryClient = useQueryClient()
  const order = useQuery({
    queryKey: ["daraa-order-cash", data.id],
    queryFn: () =>
      sdk.client.fetch<{ order: CashOrder }>(`/admin/orders/${data.id}`, {
        query: { fields: "id,total,currency_code,payment_status,payment_collections.payment_sessions.provider_id" },
      }),
  })
  const collect = useMutation({
    mutationFn: (body: { amount: number }) => sdk.client.fetch(`/admin/vendor-orders/${data.id}/cash-collected`, { method: "POST", body }),
    onSuccess: async () => {
      toast.success(t("cash.done"))
      setOpen(false)
      await queryClient.invalidateQueries()
    },
    onError: (error: any) => setProblem(error?.message ?? t("cash.failed")),
  })
  const current = order.data?.order
  const state = cashStateOf(current)
  if (!current || state === "none") {
    return null
  }
  const owed = Number(current.total)
  return (
    <Container className="flex flex-col gap-3 px-6 py-4" data-testid="daraa-vendor-order-cash">
      <div className="flex items-center justify-between">
        <Heading level="h2">{t("cash.title")}</Heading>
        <StatusBadge color={state === "waiting" ? "orange" : "green"}>{state === "waiting" ? t("cash.toCollect") : t("cash.collected")}</StatusBadge>
      </div>
      {state === "waiting" && (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            {t("cash.owed", { amount: owed, currency: current.currency_code.toUpperCase() })}
          </Text>
          <Prompt open={open} onOpenChange={setOpen}>
            <Prompt.Trigger asChild>
              <Button size="small" variant="secondary" onClick={() => setAmount(String(owed))} data-testid="daraa-record-cash">
                {t("cash.record")}
              </Button>
            </Prompt.Trigger>
            <Prompt.Content>
              <Prompt.Header>
                <Prompt.Title>{t("cash.promptTitle")}</Prompt.Title>
                <Prompt.Description>{t("cash.promptBody")}</Prompt.Description>
              </Prompt.Header>
              <div className="flex flex-col gap-1 px-6">
                <Label htmlFor="daraa-cash-amount">{t("cash.amount", { currency: current.currency_code.toUpperCase() })}</Label>
                <Input id="daraa-cash-amount" value={amount} onChange={(event) => setAmount(event.target.value)} />
                {problem && (
                  <Text size="small" className="text-ui-fg-error">
                    {problem}
                  </Text>
                )}
              </div>
              <Prompt.Footer>
                <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
                <Prompt.Action
                  onClick={(event) => {
                    event.preventDefault()
                    const parsed = cashBodyOf(amount, owed, t)
                    if ("error" in parsed) {
                      setProblem(parsed.error)
                      return
                    }
                    setProblem(null)
                    collect.mutate(parsed.body)
                  }}
                >
                  {t("cash.submit")}
                </Prompt.Action>
              </Prompt.Footer>
            </Prompt.Content>
          </Prompt>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default VendorOrderCashWidget

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Drawer, Heading, Input, Label, Select, StatusBadge, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { HistoryList } from "../components/history-list"
import { sdk } from "../lib/sdk"
import {
  moneyRowsOf,
  parseRefundAmount,
  refundableOf,
  siblingsOf,
  statusColor,
  statusLabel,
  timelineOf,
  type AdminOrderGroup,
  type AdminVendorOrder,
} from "../lib/vendor-order-panel"

/**
 * On Medusa's order page: the order's store and vendor status with its
 * timeline, the checkout's other orders, the order's own share of the payment
 * with the commission and the vendor's net, and a partial refund. An order
 * that is not a marketplace order shows nothing.
 */
const VendorOrderWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation("daraa")
  const vendorOrder = useQuery({
    queryKey: ["daraa-vendor-order", order.id],
    queryFn: async () => {
      try {
        return await sdk.client.fetch<{ vendor_order: AdminVendorOrder }>(`/admin/vendor-orders/${order.id}`)
      } catch (error: any) {
        if (error?.status === 404) {
          return null
        }
        throw error
      }
    },
  })
  const current = vendorOrder.data?.vendor_order
  const group = useQuery({
    queryKey: ["daraa-order-group", current?.order_group_id],
    queryFn: () => sdk.client.fetch<{ order_group: AdminOrderGroup }>(`/admin/order-groups/${current!.order_group_id}`),
    enabled: !!current?.order_group_id,
  })

  if (vendorOrder.isLoading || !current) {
    return null
  }
  const siblings = siblingsOf(current, group.data?.order_group, t)
  return (
    <Container className="divide-y p-0" data-testid="daraa-vendor-order">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("vendorOrder.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="daraa-vendor-name">
            {current.vendor?.name ?? t("common.unknownStore")}
          </Text>
        </div>
        <StatusBadge color={statusColor(current.vendor_status)} data-testid="daraa-vendor-status">
          {statusLabel(current.vendor_status, t)}
        </StatusBadge>
      </div>

      <div className="px-6 py-4" data-testid="daraa-money">
        {moneyRowsOf(current, t).map((row) => (
          <div key={row.testId} className="flex justify-between py-1">
            <Text size="small" className="text-ui-fg-subtle">
              {row.label}
            </Text>
            <Text size="small" data-testid={`daraa-money-${row.testId}`}>
              {row.value}
            </Text>
          </div>
        ))}
        <RefundDrawer order={current} />
      </div>

      <div className="px-6 py-4" data-testid="daraa-timeline">
        <Text size="small" weight="plus" className="mb-2">
          {t("vendorOrder.history")}
        </Text>
        <HistoryList entries={timelineOf(current, t)} empty={t("vendorOrder.noHistory")} />
      </div>

      {siblings.length > 0 && (
        <div className="px-6 py-4" data-testid="daraa-siblings">
          <Text size="small" weight="plus" className="mb-2">
            {t("vendorOrder.siblings")}
          </Text>
          {siblings.map((sibling) => (
            <div key={sibling.id} className="flex items-center justify-between py-1">
              <a href={`/app/orders/${sibling.id}`} className="text-ui-fg-interactive txt-small">
                {sibling.label}
              </a>
              <Text size="small" className="text-ui-fg-subtle">
                {t("vendorOrder.siblingStatus", { status: sibling.status, total: sibling.total })}
              </Text>
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}

/** A partial refund of this order's own share (`POST /admin/vendor-orders/:id/refund`). */
const RefundDrawer = ({ order }: { order: AdminVendorOrder }) => {
  const { t } = useTranslation("daraa")
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  // "default": the server's REFUND_DESTINATION decides (docs/wallet.md).
  const [destination, setDestination] = useState<"default" | "original" | "wallet">("default")
  const [problem, setProblem] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const refundable = refundableOf(order)
  const refund = useMutation({
    mutationFn: (body: { amount: number; note?: string; destination?: "original" | "wallet" }) =>
      sdk.client.fetch(`/admin/vendor-orders/${order.id}/refund`, { method: "POST", body }),
    onSuccess: async () => {
      toast.success(t("vendorOrder.refunded"), {
        description: t("vendorOrder.refundedDetail", { amount, currency: order.currency_code.toUpperCase(), number: order.display_id }),
      })
      setOpen(false)
      setAmount("")
      setNote("")
      await queryClient.invalidateQueries({ queryKey: ["daraa-vendor-order", order.id] })
      // Medusa's own sections of the page show the refund too.
      await queryClient.invalidateQueries()
    },
    onError: (error: any) => setProblem(error?.message ?? t("vendorOrder.refundFailed")),
  })

  const submit = () => {
    const parsed = parseRefundAmount(amount, refundable, t)
    if ("error" in parsed) {
      setProblem(parsed.error)
      return
    }
    setProblem(null)
    refund.mutate({
      amount: parsed.amount,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(destination !== "default" ? { destination } : {}),
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" className="mt-3" disabled={refundable <= 0} data-testid="daraa-refund-open">
          {t("vendorOrder.refundOpen")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("vendorOrder.refundTitle", { number: order.display_id })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("vendorOrder.refundAbout", { amount: refundable, currency: order.currency_code.toUpperCase() })}
          </Text>
          <div className="flex flex-col gap-1">
            <Label htmlFor="daraa-refund-amount">{t("vendorOrder.amount")}</Label>
            <Input id="daraa-refund-amount" value={amount} onChange={(event) => setAmount(event.target.value)} inputMode="decimal" />
          </div>
          <div className="flex flex-col gap-1">
            <Label>{t("vendorOrder.refundTo")}</Label>
            <Select value={destination} onValueChange={(value) => setDestination(value as typeof destination)}>
              <Select.Trigger data-testid="daraa-refund-destination">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="default">{t("vendorOrder.toDefault")}</Select.Item>
                <Select.Item value="original">{t("vendorOrder.toOriginal")}</Select.Item>
                <Select.Item value="wallet">{t("vendorOrder.toWallet")}</Select.Item>
              </Select.Content>
            </Select>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("vendorOrder.walletNote")}
            </Text>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="daraa-refund-note">{t("vendorOrder.note")}</Label>
            <Textarea id="daraa-refund-note" value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          {problem && (
            <Text size="small" className="text-ui-fg-error" data-testid="daraa-refund-error">
              {problem}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={refund.isPending} data-testid="daraa-refund-submit">
            {t("vendorOrder.refund")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.before",
})

export default VendorOrderWidget

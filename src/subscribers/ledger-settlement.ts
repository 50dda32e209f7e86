import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { DaraaEvents } from "../events"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"
import type { SettlementTrigger } from "../workflows/wallet/steps/prepare-settlement"
import { settleVendorOrderWorkflow } from "../workflows/wallet/workflows/settle-vendor-order"

const TRIGGERS: Record<string, { trigger: SettlementTrigger; orderId: (data: any) => string }> = {
  [DaraaEvents.VENDOR_ORDER_DELIVERED]: { trigger: "delivered", orderId: (data) => data.id },
  // The courier delivered: the order is settled (if not yet) and the courier earns its share of the delivery fee.
  [DaraaEvents.DELIVERY_DELIVERED]: { trigger: "delivered", orderId: (data) => data.order_id },
  // Medusa's "complete order": the fallback settlement until couriers deliver.
  [OrderWorkflowEvents.COMPLETED]: { trigger: "completed", orderId: (data) => data.id },
  // A refund or return changed what the order owes after settlement: post the difference.
  [DaraaEvents.COMMISSION_ADJUSTED]: { trigger: "resync", orderId: (data) => data.order_id },
}

/**
 * Settles a vendor order when it is delivered or completed, and keeps the
 * settlement right when its commission changes later or its courier delivers
 * (the courier's share of the delivery fee, docs/couriers.md). The store hears of its
 * first settlement, with when the money can be paid out.
 */
export default async function settleVendorOrder({ event, container }: SubscriberArgs<Record<string, any>>) {
  const { trigger, orderId } = TRIGGERS[event.name]
  const order_id = orderId(event.data)
  const { result: posting } = await settleVendorOrderWorkflow(container).run({ input: { order_id, trigger } })
  if (!posting || posting.idempotency_key !== `settlement:${order_id}`) {
    return
  }
  const vendorEntry = posting.entries.find((entry) => entry.owner_type === "vendor")
  if (!vendorEntry || !MathBN.gt(vendorEntry.amount, 0)) {
    return
  }
  const {
    data: [order],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: order_id } })
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "vendor-order-settled",
      category: "orders",
      data: {
        id: order_id,
        display_id: (order as any)?.display_id ?? null,
        amount: MathBN.convert(vendorEntry.amount).toNumber(),
        currency_code: vendorEntry.currency_code,
        available_at: new Date(vendorEntry.available_at as any).toISOString(),
      },
      resource: { type: "order", id: order_id },
      recipients: { vendor_id: vendorEntry.owner_id },
    },
  })
}

export const config: SubscriberConfig = { event: Object.keys(TRIGGERS) }

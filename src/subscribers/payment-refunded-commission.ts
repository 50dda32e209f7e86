import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { recomputeOrderCommissionWorkflow } from "../workflows/commission/workflows/recompute-order-commission"

/**
 * A refund lowers the commission of the order it was for. Medusa emits it with
 * the payment's id; the order is the one that recorded the refund as a
 * transaction, or else the only order of the checkout the payment paid for.
 * A refund that cannot be tied to one order changes nothing.
 */
export default async function paymentRefundedCommission({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderIds = await ordersRefundedBy(container, event.data.id)
  for (const orderId of orderIds) {
    await recomputeOrderCommissionWorkflow(container).run({ input: { order_id: orderId } })
  }
}

async function ordersRefundedBy(container: SubscriberArgs<unknown>["container"], paymentId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({ entity: "payment", fields: ["id", "payment_collection_id", "refunds.id"], filters: { id: paymentId } })
  const refundIds = ((payment?.refunds ?? []) as { id: string }[]).map((refund) => refund.id)
  if (!payment || !refundIds.length) {
    return []
  }

  const { data: transactions } = await query.graph({
    entity: "order_transaction",
    fields: ["order_id"],
    filters: { reference: "refund", reference_id: refundIds },
  })
  const recorded = [...new Set((transactions as { order_id: string }[]).map((transaction) => transaction.order_id))]
  if (recorded.length) {
    return recorded
  }

  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["id", "vendor_order_states.order_id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  const groupOrderIds = ((groups[0] as any)?.vendor_order_states ?? []).map((state: { order_id: string }) => state.order_id)
  return groups.length === 1 && groupOrderIds.length === 1 ? groupOrderIds : []
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }

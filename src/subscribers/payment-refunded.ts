import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN, PaymentEvents } from "@medusajs/framework/utils"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

/**
 * The customer hears of a refund on their order's payment (Medusa emits it with
 * the payment's id). A checkout's payment belongs to its group: the refund
 * names its vendor order in its metadata. A refund that closed the order is
 * already told by the rejection or cancellation message, so only refunds on a
 * live order (an admin's partial refund) are told here.
 */
export default async function paymentRefundedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: [
      "id",
      "currency_code",
      "refunds.amount",
      "refunds.created_at",
      "refunds.metadata",
      "payment_collection.order.id",
      "payment_collection.order.display_id",
      "payment_collection.order.customer_id",
    ],
    filters: { id: event.data.id },
  })
  const latestRefund = [...((payment as any)?.refunds ?? [])].sort(
    (a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )[0]
  let order = (payment as any)?.payment_collection?.order
  const vendorOrderId = latestRefund?.metadata?.order_id
  if (!order && vendorOrderId) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "customer_id", "status"],
      filters: { id: vendorOrderId },
    })
    order = (data[0] as any)?.status === "canceled" ? null : data[0]
  }
  if (!order?.customer_id || !latestRefund) {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "refund-issued",
      category: "orders",
      data: { id: order.id, display_id: order.display_id, amount: MathBN.convert(latestRefund.amount).toNumber(), currency_code: payment.currency_code },
      resource: { type: "order", id: order.id },
      recipients: { customer_ids: [order.customer_id] },
    },
  })
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }

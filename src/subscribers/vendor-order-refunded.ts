import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"
import { refundDestinationOf } from "../workflows/wallet/rails"

/**
 * The customer hears of a refund on a live vendor order (an admin's partial
 * refund), and whether it went back to the payment method or into the wallet.
 * A refund that closed the order is already told by the rejection or
 * cancellation message.
 */
export default async function vendorOrderRefundedNotification({
  event,
  container,
}: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.VENDOR_ORDER_REFUNDED>>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "display_id", "customer_id", "status"], filters: { id: event.data.order_id } })
  if (!order?.customer_id || order.status === "canceled") {
    return
  }
  const { destination } = await refundDestinationOf(container, event.data.refund_id, order.customer_id)
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "wallet_of" in destination ? "wallet-refund" : "refund-issued",
      category: "orders",
      data: {
        id: order.id,
        display_id: order.display_id,
        amount: MathBN.convert(event.data.amount).toNumber(),
        currency_code: event.data.currency_code,
      },
      resource: { type: "order", id: order.id },
      recipients: { customer_ids: [order.customer_id] },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_REFUNDED }

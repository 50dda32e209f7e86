import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import type { VendorOrderEvent } from "../workflows/notification/reactions"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"
import { DaraaEvents } from "../events"

/**
 * A vendor order was cancelled before its vendor accepted it (by the customer,
 * or by the platform through Medusa's admin cancel). The customer hears it is
 * cancelled and what was refunded; the vendor hears not to prepare it.
 */
export default async function vendorOrderCancelledNotification({ event, container }: SubscriberArgs<VendorOrderEvent>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: vendors }, refunds] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id", "customer_id", "currency_code"], filters: { id: event.data.id } }),
    query.graph({ entity: "vendor", fields: ["id", "name"], filters: { id: event.data.vendor_id } }),
    container.resolve(Modules.ORDER).listOrderTransactions({ order_id: event.data.id, reference: "refund" }, { select: ["amount", "raw_amount"] }),
  ])
  const order = orders[0]
  if (!order) {
    return
  }
  const resource = { type: "order", id: order.id }
  // Refund transactions are negative.
  const refunded = MathBN.mult(MathBN.sum(0, ...refunds.map((trx) => trx.raw_amount ?? trx.amount)), -1)
  if (order.customer_id) {
    await notifyRecipientsWorkflow(container).run({
      input: {
        event: "vendor-order-cancelled",
        category: "orders",
        data: {
          id: order.id,
          display_id: order.display_id,
          vendor_name: vendors[0]?.name ?? null,
          refund_amount: refunded.toNumber(),
          currency_code: order.currency_code,
        },
        resource,
        recipients: { customer_ids: [order.customer_id] },
      },
    })
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "vendor-cancelled-order",
      category: "orders",
      data: { id: order.id, display_id: order.display_id, reason: event.data.reason ?? null },
      resource,
      recipients: { vendor_id: event.data.vendor_id },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_CANCELLED }

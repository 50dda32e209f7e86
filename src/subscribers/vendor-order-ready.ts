import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

type VendorOrderEvent = { id: string; vendor_id: string; reason?: string }

/** The customer hears that the vendor's order is ready. */
export default async function vendorOrderReadyNotification({ event, container }: SubscriberArgs<VendorOrderEvent>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id", "customer_id"], filters: { id: event.data.id } })
  const { data: vendors } = await query.graph({ entity: "vendor", fields: ["id", "name"], filters: { id: event.data.vendor_id } })
  const order = orders[0]
  if (!order?.customer_id) {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "vendor-order-ready",
      category: "orders",
      data: { id: order.id, display_id: order.display_id, vendor_name: vendors[0]?.name ?? null, reason: event.data.reason ?? null },
      resource: { type: "order", id: order.id },
      recipients: { customer_ids: [order.customer_id] },
    },
  })
}

export const config: SubscriberConfig = { event: "vendor_order.ready" }

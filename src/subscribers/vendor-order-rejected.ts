import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCustomerOfVendorOrder, type VendorOrderEvent } from "../workflows/notification/reactions"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"
import { DaraaEvents } from "../events"

/**
 * The customer hears that the vendor's order is rejected. When the platform
 * rejected it (an admin, or the accept window ran out), the vendor hears too,
 * so that nobody prepares it.
 */
export default async function vendorOrderRejectedNotification({ event, container }: SubscriberArgs<VendorOrderEvent>) {
  await notifyCustomerOfVendorOrder(container, "vendor-order-rejected", event.data)
  if (event.data.rejected_by !== "platform") {
    return
  }
  const {
    data: [order],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "display_id"], filters: { id: event.data.id } })
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "vendor-cancelled-order",
      category: "orders",
      data: { id: event.data.id, display_id: (order as any)?.display_id ?? null, reason: event.data.reason ?? null },
      resource: { type: "order", id: event.data.id },
      recipients: { vendor_id: event.data.vendor_id },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_REJECTED }

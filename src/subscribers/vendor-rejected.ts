import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

/** The vendor's owners and managers hear that their store is rejected. */
export default async function vendorRejectedNotification({ event, container }: SubscriberArgs<{ id: string; reason?: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: ["id", "name"], filters: { id: event.data.id } })
  if (!vendor) {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "vendor-rejected",
      category: "account",
      data: { id: vendor.id, vendor_name: vendor.name, reason: event.data.reason ?? null },
      resource: { type: "vendor", id: vendor.id },
      recipients: { vendor_id: vendor.id },
    },
  })
}

export const config: SubscriberConfig = { event: "vendor.rejected" }

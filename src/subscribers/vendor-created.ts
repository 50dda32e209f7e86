import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"
import { DaraaEvents } from "../events"

/**
 * Platform admins hear that a new vendor waits for review, only while it
 * really does: a vendor approved as it was made (the demo seed's) is not.
 */
export default async function vendorAwaitingReviewNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: ["id", "name", "handle", "status"], filters: { id: event.data.id } })
  if (!vendor || vendor.status !== "pending") {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "vendor-awaiting-review",
      category: "account",
      data: { id: vendor.id, vendor_name: vendor.name, handle: vendor.handle },
      resource: { type: "vendor", id: vendor.id },
      recipients: { admins: true },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_CREATED }

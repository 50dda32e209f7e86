import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"
import { DaraaEvents } from "../events"

/** Platform admins hear that a new courier waits for review, only while it really does. */
export default async function courierAwaitingReviewNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [courier],
  } = await query.graph({
    entity: "courier",
    fields: ["id", "first_name", "last_name", "vehicle_type", "status"],
    filters: { id: event.data.id },
  })
  if (!courier || courier.status !== "pending") {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "courier-awaiting-review",
      category: "account",
      data: { id: courier.id, courier_name: `${courier.first_name} ${courier.last_name}`, vehicle_type: courier.vehicle_type },
      resource: { type: "courier", id: courier.id },
      recipients: { admins: true },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.COURIER_CREATED }

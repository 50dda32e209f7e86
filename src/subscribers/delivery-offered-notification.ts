import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { notifyCourierOfOffer } from "../workflows/notification/delivery-reactions"

/** The courier hears of a delivery offered to it. */
export default async function deliveryOfferedNotification({
  event,
  container,
}: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.DELIVERY_OFFERED>>) {
  await notifyCourierOfOffer(container, event.data)
}

export const config: SubscriberConfig = { event: DaraaEvents.DELIVERY_OFFERED }

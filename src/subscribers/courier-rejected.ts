import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCourierOfStatus, type CourierStatusEvent } from "../workflows/notification/reactions"
import { DaraaEvents } from "../events"

/** The courier hears that its account is rejected. */
export default async function courierRejectedNotification({ event, container }: SubscriberArgs<CourierStatusEvent>) {
  await notifyCourierOfStatus(container, "courier-rejected", event.data)
}

export const config: SubscriberConfig = { event: DaraaEvents.COURIER_REJECTED }

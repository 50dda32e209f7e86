import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCourierOfStatus, type CourierStatusEvent } from "../workflows/notification/reactions"
import { DaraaEvents } from "../events"

/** The courier hears that its account is suspended. */
export default async function courierSuspendedNotification({ event, container }: SubscriberArgs<CourierStatusEvent>) {
  await notifyCourierOfStatus(container, "courier-suspended", event.data)
}

export const config: SubscriberConfig = { event: DaraaEvents.COURIER_SUSPENDED }

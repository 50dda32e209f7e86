import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCourierOfStatus, type CourierStatusEvent } from "../workflows/notification/reactions"
import { DaraaEvents } from "../events"

/** The courier hears that its account is reinstated. */
export default async function courierReinstatedNotification({ event, container }: SubscriberArgs<CourierStatusEvent>) {
  await notifyCourierOfStatus(container, "courier-reinstated", event.data)
}

export const config: SubscriberConfig = { event: DaraaEvents.COURIER_REINSTATED }

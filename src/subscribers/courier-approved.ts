import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCourierOfStatus, type CourierStatusEvent } from "../workflows/notification/reactions"
import { DaraaEvents } from "../events"

/** The courier hears that its account is approved. */
export default async function courierApprovedNotification({ event, container }: SubscriberArgs<CourierStatusEvent>) {
  await notifyCourierOfStatus(container, "courier-approved", event.data)
}

export const config: SubscriberConfig = { event: DaraaEvents.COURIER_APPROVED }

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DeliveryMoved } from "../events"
import { notifyOfDeliveryMove } from "../workflows/notification/delivery-reactions"

/** The customer hears who brings the order and the code to give; the vendor hears who comes for it. */
export default async function deliveryAssignedNotification({ event, container }: SubscriberArgs<DeliveryMoved>) {
  await notifyOfDeliveryMove(container, event.data, { customer: "delivery-assigned", vendor: "vendor-delivery-assigned" })
}

export const config: SubscriberConfig = { event: DaraaEvents.DELIVERY_ASSIGNED }

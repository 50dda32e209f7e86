import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DeliveryMoved } from "../events"
import { notifyOfDeliveryMove } from "../workflows/notification/delivery-reactions"

/** The customer hears the order was delivered. */
export default async function deliveryDeliveredNotification({ event, container }: SubscriberArgs<DeliveryMoved>) {
  await notifyOfDeliveryMove(container, event.data, { customer: "delivery-delivered" })
}

export const config: SubscriberConfig = { event: DaraaEvents.DELIVERY_DELIVERED }

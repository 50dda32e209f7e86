import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DeliveryMoved } from "../events"
import { notifyOfDeliveryMove } from "../workflows/notification/delivery-reactions"

/** The customer hears the order is on its way, with the code again; the vendor hears it left. */
export default async function deliveryPickedUpNotification({ event, container }: SubscriberArgs<DeliveryMoved>) {
  await notifyOfDeliveryMove(container, event.data, { customer: "delivery-picked-up", vendor: "vendor-delivery-picked-up" })
}

export const config: SubscriberConfig = { event: DaraaEvents.DELIVERY_PICKED_UP }

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DeliveryMoved } from "../events"
import { reorderCourierStopsWorkflow } from "../workflows/delivery-tracking/workflows/reorder-courier-stops"

/** A courier's stops are put in order again whenever one of its deliveries is given, picked up or finished. */
export default async function reorderCourierStops({ event, container }: SubscriberArgs<DeliveryMoved>) {
  if (event.data.courier_id) {
    await reorderCourierStopsWorkflow(container).run({ input: { courier_id: event.data.courier_id } })
  }
}

export const config: SubscriberConfig = {
  event: [
    DaraaEvents.DELIVERY_ASSIGNED,
    DaraaEvents.DELIVERY_PICKED_UP,
    DaraaEvents.DELIVERY_DELIVERED,
    DaraaEvents.DELIVERY_FAILED,
    DaraaEvents.DELIVERY_CANCELLED,
  ],
}

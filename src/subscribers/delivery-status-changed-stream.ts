import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DeliveryMoved } from "../events"
import { LIVE_TRACKING_MODULE } from "../modules/live-tracking"
import type LiveTrackingModuleService from "../modules/live-tracking/service"
import { retrieveTrackedDelivery } from "../queries/delivery-tracking"
import { positionEventData, statusEventData } from "../workflows/delivery-tracking/stream-events"

/**
 * The delivery's watchers hear each move of its status; on pickup, the
 * courier's position follows at once, as it is visible from then on.
 */
export default async function deliveryStatusToStream({ event, container }: SubscriberArgs<DeliveryMoved>) {
  const { feed } = container.resolve<LiveTrackingModuleService>(LIVE_TRACKING_MODULE)
  await feed.publish(event.data.id, "status", statusEventData({ status: event.data.to }, event.data.at))
  if (event.data.to === "picked_up") {
    const delivery = await retrieveTrackedDelivery(container, { id: event.data.id })
    if (delivery?.status === "picked_up" && delivery.latitude !== null && delivery.longitude !== null && delivery.position_at) {
      await feed.publish(delivery.id, "position", positionEventData({ ...delivery, latitude: delivery.latitude, longitude: delivery.longitude, position_at: delivery.position_at }))
    }
  }
}

export const config: SubscriberConfig = { event: DaraaEvents.DELIVERY_STATUS_CHANGED }

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVE_TRACKING_MODULE } from "../../../modules/live-tracking"
import type LiveTrackingModuleService from "../../../modules/live-tracking/service"
import type { DeliveryPosition } from "../../../modules/delivery/service"
import { ETA_RESEND_MS } from "../track-estimate"
import { POSITION_VISIBLE_STATUSES } from "../tracked-delivery"
import { etaEventData, positionEventData } from "../stream-events"

/**
 * Tells the delivery's watchers: the position once picked up (never before),
 * and the ETA when it moved by more than a minute. The last step: the feed
 * cannot take an event back.
 */
export const publishDeliveryProgressStep = createStep(
  "publish-delivery-progress",
  async ({ delivery_id, status, position }: { delivery_id: string; status: string; position: DeliveryPosition | null }, { container }) => {
    if (!position) {
      return new StepResponse([] as string[])
    }
    const { feed } = container.resolve<LiveTrackingModuleService>(LIVE_TRACKING_MODULE)
    const published: string[] = []
    if (POSITION_VISIBLE_STATUSES.includes(status)) {
      await feed.publish(delivery_id, "position", positionEventData(position))
      published.push("position")
    }
    if (position.eta_at) {
      const eta = await feed.publishEta(delivery_id, new Date(position.eta_at).getTime(), etaEventData(position), ETA_RESEND_MS)
      if (eta) published.push("eta")
    }
    return new StepResponse(published)
  }
)

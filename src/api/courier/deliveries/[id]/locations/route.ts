import type { MedusaResponse } from "@medusajs/framework/http"
import { LIVE_TRACKING_MODULE } from "../../../../../modules/live-tracking"
import type LiveTrackingModuleService from "../../../../../modules/live-tracking/service"
import { recordDeliveryLocationsWorkflow } from "../../../../../workflows/delivery-tracking/workflows/record-delivery-locations"
import { retrieveTrackedDelivery } from "../../../../../queries/delivery-tracking"
import type { TrackedDeliveryRequest } from "./middlewares"
import type { CourierPostLocationsBody } from "./validators"

/**
 * POST /courier/deliveries/:id/locations {points}: a batch of GPS points on
 * the courier's own delivery while it is assigned or picked up (409
 * otherwise). Answers what was stored (a point sent twice is stored once),
 * and the delivery's position and ETA after the batch.
 */
export const POST = async (req: TrackedDeliveryRequest<CourierPostLocationsBody>, res: MedusaResponse) => {
  const { near_meters, near_seconds } = req.scope.resolve<LiveTrackingModuleService>(LIVE_TRACKING_MODULE).settings
  const { result } = await recordDeliveryLocationsWorkflow(req.scope).run({
    input: {
      delivery_id: req.params.id,
      courier_id: req.courier_context.courier.id,
      delivery: req.tracked_delivery,
      points: req.validatedBody.points,
      near_settings: { near_meters, near_seconds },
    },
  })
  // Read again only when a newer batch moved the delivery meanwhile.
  const delivery = result.overtaken ? (await retrieveTrackedDelivery(req.scope, { id: req.params.id }))! : result.delivery
  res.json({
    received: result.received,
    stored: result.stored,
    duplicates: result.received - result.stored,
    ignored: result.ignored,
    delivery: {
      id: delivery.id,
      status: delivery.status,
      latitude: delivery.latitude,
      longitude: delivery.longitude,
      position_at: delivery.position_at,
      speed_mps: delivery.speed_mps,
      remaining_km: delivery.remaining_km,
      eta: delivery.eta_at,
    },
  })
}

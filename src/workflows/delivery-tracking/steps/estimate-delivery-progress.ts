import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTING_MODULE } from "../../../modules/routing"
import type RoutingModuleService from "../../../modules/routing/service"
import { advanceMovement, estimateArrival, remainingPath, type GpsPoint } from "../track-estimate"
import { dropoffOf, pickupOf, type TrackedDelivery } from "../tracked-delivery"

export type DeliveryProgress = {
  /** Null when the batch held nothing newer than the last position (or only jumps). */
  position: { latitude: number; longitude: number; position_at: Date; speed_mps: number | null; remaining_km: number | null; eta_at: Date | null } | null
  ignored: number
}

/**
 * Where the courier now is, its smoothed speed, what is left to drive (by
 * the routing provider) and when it arrives. Reads only.
 */
export const estimateDeliveryProgressStep = createStep(
  "estimate-delivery-progress",
  async ({ delivery, points }: { delivery: TrackedDelivery; points: GpsPoint[] }, { container }) => {
    const movement = advanceMovement(
      {
        latitude: delivery.latitude,
        longitude: delivery.longitude,
        position_at: delivery.position_at ? new Date(delivery.position_at) : null,
        speed_mps: delivery.speed_mps,
      },
      // Workflow inputs may have been serialized on the way: dates come back as strings.
      points.map((point) => ({ ...point, recorded_at: new Date(point.recorded_at) }))
    )
    if (!movement.position) {
      return new StepResponse<DeliveryProgress>({ position: null, ignored: movement.ignored })
    }
    const path = remainingPath(delivery.status, movement.position, { pickup: pickupOf(delivery), dropoff: dropoffOf(delivery) })
    let remaining_km: number | null = null
    let eta_at: Date | null = null
    if (path) {
      const route = await container.resolve<RoutingModuleService>(ROUTING_MODULE).route(path)
      remaining_km = Math.round(route.distance_km * 1000) / 1000
      eta_at = estimateArrival({
        // From the newest point, however late the batch arrived: the courier was there then.
        from: new Date(movement.position.at),
        remaining_km: route.distance_km,
        speed_mps: movement.speed_mps,
        duration_seconds: route.duration_seconds,
      })
    }
    return new StepResponse<DeliveryProgress>({
      position: {
        latitude: movement.position.latitude,
        longitude: movement.position.longitude,
        position_at: movement.position.at,
        speed_mps: movement.speed_mps,
        remaining_km,
        eta_at,
      },
      ignored: movement.ignored,
    })
  }
)

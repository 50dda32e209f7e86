import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type { DeliveryPosition } from "../../../modules/delivery/service"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { TrackedDelivery } from "../tracked-delivery"

/**
 * Moves the delivery's position, speed, remaining distance and ETA forward;
 * a batch overtaken by a newer one changes nothing. Answers whether it moved.
 */
export const advanceDeliveryPositionStep = createStep(
  "advance-delivery-position",
  async ({ delivery, position }: { delivery: TrackedDelivery; position: DeliveryPosition | null }, { container }) => {
    if (!position) {
      return new StepResponse(false, null)
    }
    const moved = await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).advanceDeliveryPosition(delivery.id, position)
    const previous = {
      id: delivery.id,
      latitude: delivery.latitude,
      longitude: delivery.longitude,
      position_at: delivery.position_at,
      speed_mps: delivery.speed_mps,
      remaining_km: delivery.remaining_km,
      eta_at: delivery.eta_at,
    }
    return new StepResponse(moved, moved ? previous : null)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).updateDeliveries(previous as any)
    }
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { TRACKED_DELIVERY_FIELDS, type TrackedDelivery } from "../tracked-delivery"

/** Couriers post points only on the way: to the pickup (assigned) or to the drop-off (picked up). */
export const TRACKABLE_STATUSES = ["assigned", "picked_up"] as const

/**
 * The courier's own delivery, on the way: another courier's answers 404 as a
 * missing one does; one not under way answers 409. Writes nothing. A caller
 * that has just read the courier's delivery (the locations route does, to
 * answer 404 before reading the body) passes it, and it is not read twice.
 */
export const validateDeliveryTrackingStep = createStep(
  "validate-delivery-tracking",
  async (input: { delivery_id: string; courier_id: string; delivery?: TrackedDelivery }, { container }) => {
    const given = input.delivery?.id === input.delivery_id && input.delivery.courier_id === input.courier_id ? input.delivery : undefined
    const [delivery] = given
      ? [given]
      : await container
          .resolve<DeliveryModuleService>(DELIVERY_MODULE)
          .listDeliveries({ id: input.delivery_id, courier_id: input.courier_id }, { select: [...TRACKED_DELIVERY_FIELDS], take: 1 })
    if (!delivery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${input.delivery_id} was not found`)
    }
    if (!(TRACKABLE_STATUSES as readonly string[]).includes(delivery.status)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Delivery ${delivery.id} is ${delivery.status}: locations are taken only while it is assigned or picked up.`
      )
    }
    return new StepResponse(delivery as unknown as TrackedDelivery)
  }
)

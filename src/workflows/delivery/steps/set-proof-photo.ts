import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService, findDelivery } from "../delivery-moves"

export const validateProofPhotoStepId = "validate-proof-photo"

/** A proof photo is taken at the door: only a delivery picked up or just delivered takes one (409 otherwise). Writes nothing. */
export const validateProofPhotoStep = createStep(
  validateProofPhotoStepId,
  async (input: { delivery_id: string; courier_id: string }, { container }) => {
    const delivery = await findDelivery(deliveryService(container), input.delivery_id, input.courier_id)
    if (delivery.status !== "picked_up" && delivery.status !== "delivered") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A delivery that is ${delivery.status.replace(/_/g, " ")} takes no proof photo; only one picked up or delivered does.`
      )
    }
    return new StepResponse(delivery.id)
  }
)

export const setProofPhotoStepId = "set-proof-photo"

/** Keeps the photo's private file on the delivery; undone to the photo it had before. */
export const setProofPhotoStep = createStep(
  setProofPhotoStepId,
  async (input: { delivery_id: string; file_id: string }, { container }) => {
    const service = deliveryService(container)
    const [before] = await service.listDeliveries({ id: input.delivery_id }, { select: ["id", "proof_photo_file_id"], take: 1 })
    await service.updateDeliveries({ id: input.delivery_id, proof_photo_file_id: input.file_id })
    return new StepResponse(input.file_id, { id: input.delivery_id, proof_photo_file_id: before?.proof_photo_file_id ?? null })
  },
  async (previous, { container }) => {
    if (previous) {
      await deliveryService(container).updateDeliveries(previous)
    }
  }
)

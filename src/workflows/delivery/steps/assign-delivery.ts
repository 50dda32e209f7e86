import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryActor, DeliveryMoveRecord, DeliveryOfferResponse } from "../../../modules/delivery/service"
import { assertCourierCanCarry } from "../courier-candidates"
import { deliveryService, findDelivery, movedPayload, withDeliveryLock, withdrawOpenOffers } from "../delivery-moves"

export const assignDeliveryStepId = "assign-delivery"

type Undo = { record: DeliveryMoveRecord; withdrawn: DeliveryOfferResponse[] }

/**
 * An admin hands a delivery to a courier: one not yet picked up (pending,
 * offered, or assigned to someone else), to an active courier with room for
 * it. An open offer is withdrawn.
 */
export const assignDeliveryStep = createStep(
  assignDeliveryStepId,
  async (input: { delivery_id: string; courier_id: string; actor: DeliveryActor }, { container }) => {
    const service = deliveryService(container)
    const outcome = await withDeliveryLock(container, input.delivery_id, async () => {
      const delivery = await findDelivery(service, input.delivery_id)
      if (delivery.status === "assigned" && delivery.courier_id === input.courier_id) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "The delivery is already assigned to this courier.")
      }
      if (!["pending", "offered", "assigned"].includes(delivery.status)) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `A delivery that is ${delivery.status.replace(/_/g, " ")} cannot be assigned; only one that is pending, offered or assigned can.`
        )
      }
      await assertCourierCanCarry(container, input.courier_id)
      const withdrawn = await withdrawOpenOffers(service, delivery.id)
      try {
        const record = await service.moveDelivery({
          id: delivery.id,
          from: delivery.status,
          to: "assigned",
          set: { courier_id: input.courier_id },
          actor: input.actor,
          reason: delivery.courier_id ? `reassigned from ${delivery.courier_id}` : "assigned by an admin",
        })
        return { delivery, record, withdrawn }
      } catch (error) {
        await Promise.all(withdrawn.map((response) => service.revertOfferResponse(response)))
        throw error
      }
    })
    const moved = movedPayload(outcome.delivery, outcome.record, input.actor, outcome.record.previous.courier_id ? "reassigned" : null, input.courier_id)
    return new StepResponse(moved, { record: outcome.record, withdrawn: outcome.withdrawn } satisfies Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const service = deliveryService(container)
    await service.revertDeliveryMove(undo.record)
    await Promise.all(undo.withdrawn.map((response) => service.revertOfferResponse(response)))
  }
)

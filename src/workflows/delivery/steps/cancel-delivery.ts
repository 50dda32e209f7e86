import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { mayMoveDelivery } from "../../../modules/delivery/delivery-status"
import type { DeliveryActor, DeliveryMoveRecord, DeliveryOfferResponse } from "../../../modules/delivery/service"
import { deliveryService, movedPayload, withDeliveryLock, withdrawOpenOffers } from "../delivery-moves"

export const cancelDeliveryStepId = "cancel-delivery"

type Undo = { record: DeliveryMoveRecord; withdrawn: DeliveryOfferResponse[] }

/**
 * Cancels the delivery of a vendor order that was rejected or cancelled,
 * withdrawing its open offer. Answers null when the order has no delivery or
 * its delivery can no longer be cancelled (picked up, or finished).
 */
export const cancelDeliveryStep = createStep(
  cancelDeliveryStepId,
  async (input: { order_id: string; actor: DeliveryActor; reason?: string | null }, { container }) => {
    const service = deliveryService(container)
    const [found] = await service.listDeliveries({ order_id: input.order_id }, { select: ["id"], take: 1 })
    if (!found) {
      return new StepResponse(null, null)
    }
    const outcome = await withDeliveryLock(container, found.id, async () => {
      const [delivery] = await service.listDeliveries({ id: found.id }, { take: 1 })
      if (!mayMoveDelivery(delivery.status, "cancelled")) {
        return null
      }
      const withdrawn = await withdrawOpenOffers(service, delivery.id)
      const record = await service.moveDelivery({
        id: delivery.id,
        from: delivery.status,
        to: "cancelled",
        actor: input.actor,
        reason: input.reason ?? null,
      })
      return { delivery, record, withdrawn }
    })
    if (!outcome) {
      return new StepResponse(null, null)
    }
    return new StepResponse(movedPayload(outcome.delivery, outcome.record, input.actor, input.reason ?? null), {
      record: outcome.record,
      withdrawn: outcome.withdrawn,
    } satisfies Undo)
  },
  async (undo: Undo | null | undefined, { container }) => {
    if (!undo) {
      return
    }
    const service = deliveryService(container)
    await service.revertDeliveryMove(undo.record)
    await Promise.all(undo.withdrawn.map((response) => service.revertOfferResponse(response)))
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryMoved } from "../../../events"
import type { DeliveryActor, DeliveryMoveRecord, DeliveryOfferResponse } from "../../../modules/delivery/service"
import { assertCourierCanCarry } from "../courier-candidates"
import { deliveryService, movedPayload, withDeliveryLock } from "../delivery-moves"

export type OfferAnswer = "accepted" | "declined" | "expired"

export type AnswerDeliveryOfferStepInput = {
  offer_id: string
  answer: OfferAnswer
  /** The courier answering: another courier's offer answers 404. Absent for the expiry job. */
  courier_id?: string
}

export const answerDeliveryOfferStepId = "answer-delivery-offer"

type Undo = { response: DeliveryOfferResponse; record: DeliveryMoveRecord }

/**
 * One answer to an open offer, under its delivery's lock so that two answers
 * to it are taken one at a time: the first wins and the others get a 409.
 * Accepting assigns the delivery to the courier (if it still has room);
 * declining or expiring takes it back to pending for the next courier. An
 * offer past its time cannot be accepted; expiring one not yet due changes
 * nothing (null).
 */
export const answerDeliveryOfferStep = createStep(
  answerDeliveryOfferStepId,
  async (input: AnswerDeliveryOfferStepInput, { container }) => {
    const service = deliveryService(container)
    const [found] = await service.listDeliveryOffers(
      { id: input.offer_id, ...(input.courier_id ? { courier_id: input.courier_id } : {}) },
      { select: ["id", "delivery_id"], take: 1 }
    )
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery offer with id: ${input.offer_id} was not found`)
    }
    const actor: DeliveryActor = input.courier_id ? { type: "courier", id: input.courier_id } : { type: "system", id: null }
    const outcome = await withDeliveryLock(container, found.delivery_id, async () => {
      const [offer] = await service.listDeliveryOffers({ id: input.offer_id }, { relations: ["delivery"], take: 1 })
      const due = new Date(offer.expires_at).getTime() <= Date.now()
      if (input.answer === "expired" && (offer.status !== "offered" || !due)) {
        return null
      }
      if (offer.status !== "offered") {
        throw new MedusaError(MedusaError.Types.CONFLICT, `This offer was already ${offer.status}.`)
      }
      if (input.answer === "accepted") {
        if (due) {
          throw new MedusaError(MedusaError.Types.CONFLICT, "This offer has expired.")
        }
        await assertCourierCanCarry(container, offer.courier_id)
      }
      const response = await service.respondToOffer(offer.id, input.answer)
      try {
        const record = await service.moveDelivery({
          id: offer.delivery.id,
          from: "offered",
          to: input.answer === "accepted" ? "assigned" : "pending",
          set: input.answer === "accepted" ? { courier_id: offer.courier_id } : undefined,
          actor,
          reason: input.answer === "accepted" ? null : `offer ${input.answer}`,
        })
        return { delivery: offer.delivery, courier_id: offer.courier_id, response, record }
      } catch (error) {
        await service.revertOfferResponse(response)
        throw error
      }
    })
    if (!outcome) {
      return new StepResponse(null, null)
    }
    const { delivery, courier_id, response, record } = outcome
    const moved: DeliveryMoved = movedPayload(
      delivery,
      record,
      actor,
      record.to === "pending" ? `offer ${input.answer}` : null,
      record.to === "assigned" ? courier_id : null
    )
    return new StepResponse(moved, { response, record } satisfies Undo)
  },
  async (undo: Undo | null | undefined, { container }) => {
    if (!undo) {
      return
    }
    const service = deliveryService(container)
    await service.revertDeliveryMove(undo.record)
    await service.revertOfferResponse(undo.response)
  }
)

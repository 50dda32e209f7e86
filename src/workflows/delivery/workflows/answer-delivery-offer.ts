import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitDeliveryMoved } from "../emit-delivery-moved"
import { answerDeliveryOfferStep, type AnswerDeliveryOfferStepInput } from "../steps/answer-delivery-offer"
import { offerDeliveryStep } from "../steps/offer-delivery"

export const answerDeliveryOfferWorkflowId = "answer-delivery-offer"

/**
 * A courier accepts or declines an offer, or the expiry job expires it. An
 * accept assigns the delivery (`delivery.assigned`); a decline or an expiry
 * takes it back to pending and offers it to the next courier at once.
 */
export const answerDeliveryOfferWorkflow = createWorkflow(answerDeliveryOfferWorkflowId, (input: AnswerDeliveryOfferStepInput) => {
  const moved = answerDeliveryOfferStep(input)
  emitDeliveryMoved("delivery-offer-answered", moved)
  const next = when("offer-answer-reopens-delivery", { moved }, ({ moved }) => moved?.to === "pending").then(() => {
    const offered = offerDeliveryStep(transform({ moved }, ({ moved }) => ({ delivery_id: moved!.id })))
    emitDeliveryMoved("delivery-offered-next", offered)
    return offered
  })
  return new WorkflowResponse({ moved, next })
})

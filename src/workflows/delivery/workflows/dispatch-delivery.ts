import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitDeliveryMoved } from "../emit-delivery-moved"
import { offerDeliveryStep } from "../steps/offer-delivery"

export const dispatchDeliveryWorkflowId = "dispatch-delivery"

/**
 * Offers a pending delivery to the best available courier (`delivery.offered`),
 * or leaves it pending when none can take it now (null).
 */
export const dispatchDeliveryWorkflow = createWorkflow(dispatchDeliveryWorkflowId, (input: { delivery_id: string }) => {
  const offered = offerDeliveryStep(input)
  emitDeliveryMoved("delivery-offered", offered)
  return new WorkflowResponse(offered)
})

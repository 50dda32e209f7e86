import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDeliveryZoneStep } from "../steps/update-delivery-zone"
import type { DeliveryZoneUpdate } from "../zone-record"

export const updateDeliveryZoneWorkflowId = "update-delivery-zone"

/** Changes a zone; methods already in carts are repriced when their cart is next refreshed. */
export const updateDeliveryZoneWorkflow = createWorkflow(updateDeliveryZoneWorkflowId, (input: { id: string; update: DeliveryZoneUpdate }) => {
  return new WorkflowResponse(updateDeliveryZoneStep(input))
})

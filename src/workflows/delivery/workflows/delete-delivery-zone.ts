import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { softDeleteDeliveryZoneStep } from "../steps/delete-delivery-zone"

export const deleteDeliveryZoneWorkflowId = "delete-delivery-zone"

export const deleteDeliveryZoneWorkflow = createWorkflow(deleteDeliveryZoneWorkflowId, (input: { id: string }) => {
  softDeleteDeliveryZoneStep(input.id)
  return new WorkflowResponse(undefined)
})

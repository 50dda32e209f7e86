import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDeliveryZoneStep } from "../steps/create-delivery-zone"
import type { DeliveryZoneInput } from "../zone-record"

export const createDeliveryZoneWorkflowId = "create-delivery-zone"

/** A new delivery zone; checkout prices addresses inside it from the next request on. */
export const createDeliveryZoneWorkflow = createWorkflow(createDeliveryZoneWorkflowId, (input: DeliveryZoneInput) => {
  return new WorkflowResponse(createDeliveryZoneStep(input))
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateVendorStep, type UpdateVendorStepInput } from "../steps/update-vendor"
import { DaraaEvents } from "../../../events"

export const updateVendorWorkflowId = "update-vendor"

export const updateVendorWorkflow = createWorkflow(updateVendorWorkflowId, (input: UpdateVendorStepInput) => {
  const vendor = updateVendorStep(input)
  emitEventStep({ eventName: DaraaEvents.VENDOR_UPDATED, data: { id: input.id } })
  return new WorkflowResponse(vendor)
})

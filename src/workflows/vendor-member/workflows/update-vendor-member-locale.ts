import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateVendorMemberLocaleStep, type UpdateVendorMemberLocaleStepInput } from "../steps/update-vendor-member-locale"

export const updateVendorMemberLocaleWorkflowId = "update-vendor-member-locale"

/** A member's own notification language; any member sets their own. */
export const updateVendorMemberLocaleWorkflow = createWorkflow(
  updateVendorMemberLocaleWorkflowId,
  (input: UpdateVendorMemberLocaleStepInput) => new WorkflowResponse(updateVendorMemberLocaleStep(input))
)

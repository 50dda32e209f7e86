import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { freeVendorMemberLoginStep } from "../steps/free-vendor-member-login"
import { removeVendorMemberStep } from "../steps/remove-vendor-member"
import { DaraaEvents } from "../../../events"

export const removeVendorMemberWorkflowId = "remove-vendor-member"

/** The member goes, and their login is freed to join again or register a vendor of its own. */
export const removeVendorMemberWorkflow = createWorkflow(removeVendorMemberWorkflowId, (input: { member_id: string; vendor_id: string }) => {
  removeVendorMemberStep(input.member_id)
  freeVendorMemberLoginStep(input.member_id)
  emitEventStep({ eventName: DaraaEvents.VENDOR_MEMBER_REMOVED, data: { id: input.member_id, vendor_id: input.vendor_id } })
  return new WorkflowResponse(undefined)
})

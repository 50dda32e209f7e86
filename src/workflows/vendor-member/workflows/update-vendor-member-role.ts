import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateVendorMemberRoleStep } from "../steps/update-vendor-member-role"

export const updateVendorMemberRoleWorkflowId = "update-vendor-member-role"

export const updateVendorMemberRoleWorkflow = createWorkflow(
  updateVendorMemberRoleWorkflowId,
  (input: { member_id: string; role: "manager" | "staff" }) => new WorkflowResponse(updateVendorMemberRoleStep(input))
)

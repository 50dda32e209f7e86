import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeAdminRoleStep } from "../steps/remove-admin-role"

export const removeAdminRoleWorkflowId = "remove-admin-role"

export const removeAdminRoleWorkflow = createWorkflow(removeAdminRoleWorkflowId, (input: { user_id: string }) => {
  removeAdminRoleStep(input)
  return new WorkflowResponse(input.user_id)
})

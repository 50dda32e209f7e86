import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assignAdminRoleStep, type AssignAdminRoleInput } from "../steps/assign-admin-role"
import { validateAdminUserStep } from "../steps/validate-admin-user"

export const setAdminRoleWorkflowId = "set-admin-role"

/** Gives an admin user one of Daraa's roles (docs/security.md, "Admin roles"). */
export const setAdminRoleWorkflow = createWorkflow(setAdminRoleWorkflowId, (input: AssignAdminRoleInput) => {
  validateAdminUserStep({ user_id: input.user_id })
  assignAdminRoleStep(input)
  return new WorkflowResponse(input.user_id)
})

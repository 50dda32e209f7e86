import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SECURITY_MODULE } from "../../../modules/security"
import type SecurityModuleService from "../../../modules/security/service"

/** Forgets a deleted user's role, so that a gone super admin never counts as the one left; compensation puts it back. */
export const removeAdminRoleStep = createStep(
  "remove-admin-role",
  async (input: { user_id: string }, { container }) => {
    const security = container.resolve<SecurityModuleService>(SECURITY_MODULE)
    const [assignment] = await security.listAdminRoleAssignments({ user_id: input.user_id }, { take: 1 })
    if (!assignment) {
      return new StepResponse(undefined, null)
    }
    await security.deleteAdminRoleAssignments(assignment.id)
    return new StepResponse(undefined, { user_id: input.user_id, previous: { role: assignment.role, assigned_by: assignment.assigned_by } })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve<SecurityModuleService>(SECURITY_MODULE).restoreAdminRole(undo)
    }
  }
)

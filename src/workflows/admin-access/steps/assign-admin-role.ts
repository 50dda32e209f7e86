import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SECURITY_MODULE } from "../../../modules/security"
import type { AdminRole } from "../../../modules/security/admin-roles"
import type SecurityModuleService from "../../../modules/security/service"

export type AssignAdminRoleInput = { user_id: string; role: AdminRole; assigned_by: string | null }

/** Records the role (refusing to leave no super_admin, 409); compensation puts back the assignment it replaced. */
export const assignAdminRoleStep = createStep(
  "assign-admin-role",
  async (input: AssignAdminRoleInput, { container }) => {
    const { previous } = await container.resolve<SecurityModuleService>(SECURITY_MODULE).assignAdminRole(input)
    return new StepResponse(undefined, { user_id: input.user_id, previous })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve<SecurityModuleService>(SECURITY_MODULE).restoreAdminRole(undo)
    }
  }
)

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SECURITY_MODULE } from "../../../../../modules/security"
import type SecurityModuleService from "../../../../../modules/security/service"
import { setAdminRoleWorkflow } from "../../../../../workflows/admin-access/workflows/set-admin-role"
import type { AdminSetUserRoleBody } from "../../validators"

/** An admin's role; `recorded: false` when it is the default (docs/security.md). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: req.params.id }, { take: 1, select: ["id"] })
  if (!user) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `User ${req.params.id} was not found.`)
  }
  res.json({ role: await req.scope.resolve<SecurityModuleService>(SECURITY_MODULE).adminRoleOf(user.id) })
}

/** Sets an admin's role (super_admin only); the last super_admin cannot be demoted (409). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetUserRoleBody>, res: MedusaResponse) => {
  await setAdminRoleWorkflow(req.scope).run({
    input: { user_id: req.params.id, role: req.validatedBody.role, assigned_by: req.auth_context.actor_id },
  })
  res.json({ role: await req.scope.resolve<SecurityModuleService>(SECURITY_MODULE).adminRoleOf(req.params.id) })
}

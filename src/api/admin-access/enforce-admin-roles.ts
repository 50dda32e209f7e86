import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SECURITY_MODULE } from "../../modules/security"
import type { AdminRole } from "../../modules/security/admin-roles"
import type SecurityModuleService from "../../modules/security/service"
import { DEFAULT_RULE, READ_METHODS, rolesAllowed, ruleFor } from "./role-table"

export type AdminRoleRequest = AuthenticatedMedusaRequest & { admin_role?: AdminRole }

/**
 * The caller's admin role: the user's recorded one (or the default,
 * docs/security.md), `super_admin` for a secret API key (only super admins
 * create them). Resolved once per request.
 */
export async function adminRoleOf(req: AdminRoleRequest): Promise<AdminRole | null> {
  if (req.admin_role) {
    return req.admin_role
  }
  const actor = req.auth_context
  if (!actor?.actor_id) {
    return null
  }
  if (actor.actor_type !== "user") {
    req.admin_role = "super_admin"
    return req.admin_role
  }
  const { role } = await req.scope.resolve<SecurityModuleService>(SECURITY_MODULE).adminRoleOf(actor.actor_id)
  req.admin_role = role
  return role
}

/**
 * One door for every /admin write: the caller's role must be among the roles
 * of the route's rule (role-table.ts), else 403 naming the role and what it
 * may not change. Reads are open to every role. A request without an actor
 * (Medusa's invite acceptance) is left to Medusa's own authentication.
 */
export async function enforceAdminRoles(req: AdminRoleRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((READ_METHODS as readonly string[]).includes(req.method)) {
    return next()
  }
  const path = (req.baseUrl + req.path).replace(/\/+$/, "")
  const role = await adminRoleOf(req)
  if (!role) {
    return next()
  }
  const allowed = rolesAllowed(req.method, path)
  if (!allowed.includes(role)) {
    const rule = ruleFor(path) ?? DEFAULT_RULE
    const who = allowed.length ? `it needs ${allowed.join(" or ")}` : "nobody can change it through the API"
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `The ${role} role cannot change ${rule.about} (${req.method} ${path}); ${who}.`)
  }
  next()
}

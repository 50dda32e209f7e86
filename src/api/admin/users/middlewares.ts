import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SECURITY_MODULE } from "../../../modules/security"
import type SecurityModuleService from "../../../modules/security/service"
import { AdminSetUserRole } from "./validators"

/** Medusa's user deletion must not take away the last super_admin: nobody could hand out roles again. */
async function keepLastSuperAdmin(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (await req.scope.resolve<SecurityModuleService>(SECURITY_MODULE).isLastSuperAdmin(req.params.id)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `User ${req.params.id} is the last super_admin; make another admin super_admin first.`)
  }
  next()
}

export const adminUserRoleMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/users/:id/role", middlewares: [validateAndTransformBody(AdminSetUserRole)] },
  { method: ["DELETE"], matcher: "/admin/users/:id", middlewares: [keepLastSuperAdmin] },
]

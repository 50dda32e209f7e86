import type { MiddlewareRoute } from "@medusajs/framework/http"
import { auditTrail } from "../audit/audit-trail"
import { enforceAdminRoles } from "./enforce-admin-roles"

const EVERY_METHOD = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

/**
 * Every /admin write passes the role table, then is audited; every /vendor
 * write is audited. Listed after the /vendor door, so the member is known.
 */
export const adminAccessMiddlewares: MiddlewareRoute[] = [
  { method: [...EVERY_METHOD], matcher: "/admin*", middlewares: [enforceAdminRoles, auditTrail("user")] },
  { method: [...EVERY_METHOD], matcher: "/vendor*", middlewares: [auditTrail("vendor")] },
]

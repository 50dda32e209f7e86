import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import { AdminGetAuditLogParams, auditLogFields, auditLogList } from "./validators"

// Read-only: the audit log has no route that writes, changes or deletes it.
export const adminAuditLogMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/audit-log",
    middlewares: [validateAndTransformQuery(AdminGetAuditLogParams as any, listQueryConfig(auditLogFields, auditLogList))],
  },
]

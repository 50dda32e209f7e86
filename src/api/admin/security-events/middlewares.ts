import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import { AdminGetSecurityEventsParams, securityEventFields, securityEventList } from "./validators"

export const adminSecurityEventMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/security-events",
    middlewares: [validateAndTransformQuery(AdminGetSecurityEventsParams as any, listQueryConfig(securityEventFields, securityEventList))],
  },
]

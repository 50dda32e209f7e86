import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateCommissionRule,
  AdminGetCommissionRulesParams,
  AdminUpdateCommissionRule,
  commissionRuleFields,
} from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminCommissionRuleMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/commission-rules",
    middlewares: [
      validateAndTransformQuery(AdminGetCommissionRulesParams, { defaults: commissionRuleFields, isList: true, defaultLimit: 20 }),
    ],
  },
  { method: ["POST"], matcher: "/admin/commission-rules", middlewares: [validateAndTransformBody(AdminCreateCommissionRule)] },
  { method: ["POST"], matcher: "/admin/commission-rules/:id", middlewares: [validateAndTransformBody(AdminUpdateCommissionRule)] },
]

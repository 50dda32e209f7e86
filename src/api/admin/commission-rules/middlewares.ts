import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import {
  AdminCreateCommissionRule,
  AdminGetCommissionRulesParams,
  AdminUpdateCommissionRule,
  commissionRuleFields,
  commissionRuleList,
} from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminCommissionRuleMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/commission-rules",
    middlewares: [
      validateAndTransformQuery(AdminGetCommissionRulesParams, listQueryConfig(commissionRuleFields, commissionRuleList)),
    ],
  },
  { method: ["POST"], matcher: "/admin/commission-rules", middlewares: [validateAndTransformBody(AdminCreateCommissionRule)] },
  { method: ["POST"], matcher: "/admin/commission-rules/:id", middlewares: [validateAndTransformBody(AdminUpdateCommissionRule)] },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetCommissionLinesParams, commissionLineFields } from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminCommissionLineMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/commission-lines",
    middlewares: [
      validateAndTransformQuery(AdminGetCommissionLinesParams, { defaults: commissionLineFields, isList: true, defaultLimit: 20 }),
    ],
  },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import { AdminGetCommissionLinesParams, commissionLineFields, commissionLineList } from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminCommissionLineMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/commission-lines",
    middlewares: [
      validateAndTransformQuery(AdminGetCommissionLinesParams, listQueryConfig(commissionLineFields, commissionLineList)),
    ],
  },
]

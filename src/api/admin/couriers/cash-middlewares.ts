import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import {
  ADMIN_COURIER_CASH_LIST,
  ADMIN_COURIER_CASH_TRANSACTIONS,
  AdminCreateCourierDeposit,
  AdminGetCourierCashParams,
  AdminGetCouriersCashParams,
} from "./cash-validators"

// /admin routes are authenticated by Medusa itself (admin users only); deposits are finance's (role table).
export const adminCourierCashMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/couriers/cash",
    middlewares: [
      validateAndTransformQuery(AdminGetCouriersCashParams as any, listQueryConfig(ADMIN_COURIER_CASH_LIST.fields, ADMIN_COURIER_CASH_LIST)),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/couriers/:id/cash",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCourierCashParams as any,
        listQueryConfig(ADMIN_COURIER_CASH_TRANSACTIONS.fields, ADMIN_COURIER_CASH_TRANSACTIONS)
      ),
    ],
  },
  { method: ["POST"], matcher: "/admin/couriers/:id/deposits", middlewares: [validateAndTransformBody(AdminCreateCourierDeposit)] },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import { adminCourierList, adminCourierListFields } from "./query-config"
import { AdminApproveCourier, AdminCourierActionWithReason, AdminGetCouriersParams } from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminCourierMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/couriers",
    middlewares: [validateAndTransformQuery(AdminGetCouriersParams, listQueryConfig(adminCourierListFields, adminCourierList))],
  },
  {
    method: ["POST"],
    matcher: "/admin/couriers/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveCourier)],
  },
  ...["reject", "suspend", "reinstate"].map((action) => ({
    method: ["POST" as const],
    matcher: `/admin/couriers/:id/${action}`,
    middlewares: [validateAndTransformBody(AdminCourierActionWithReason)],
  })),
]

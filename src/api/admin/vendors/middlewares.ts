import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import { adminVendorList, adminVendorListFields } from "./query-config"
import { AdminApproveVendor, AdminGetVendorsParams, AdminVendorActionWithReason } from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminVendorMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/vendors",
    middlewares: [
      validateAndTransformQuery(AdminGetVendorsParams, listQueryConfig(adminVendorListFields, adminVendorList)),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/vendors/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveVendor)],
  },
  ...["reject", "suspend", "reinstate"].map((action) => ({
    method: ["POST" as const],
    matcher: `/admin/vendors/:id/${action}`,
    middlewares: [validateAndTransformBody(AdminVendorActionWithReason)],
  })),
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetOrderGroupsParams, AdminGetOrderResourceParams, AdminGetVendorOrdersParams } from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
// The routes read `validatedQuery` themselves: their answers join several modules.
export const adminOrderListMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/order-groups",
    middlewares: [validateAndTransformQuery(AdminGetOrderGroupsParams as any, { isList: true })],
  },
  {
    method: ["GET"],
    matcher: "/admin/order-groups/:id",
    middlewares: [validateAndTransformQuery(AdminGetOrderResourceParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/vendor-orders",
    middlewares: [validateAndTransformQuery(AdminGetVendorOrdersParams as any, { isList: true })],
  },
  {
    method: ["GET"],
    matcher: "/admin/vendor-orders/:id",
    middlewares: [validateAndTransformQuery(AdminGetOrderResourceParams, {})],
  },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCancelVendorOrder, AdminCashCollected, AdminRefundVendorOrder } from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminVendorOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/vendor-orders/:id/cancel",
    middlewares: [validateAndTransformBody(AdminCancelVendorOrder)],
  },
  {
    method: ["POST"],
    matcher: "/admin/vendor-orders/:id/refund",
    middlewares: [validateAndTransformBody(AdminRefundVendorOrder)],
  },
  {
    method: ["POST"],
    matcher: "/admin/vendor-orders/:id/cash-collected",
    middlewares: [validateAndTransformBody(AdminCashCollected)],
  },
]

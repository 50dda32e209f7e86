import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { vendorActor } from "../resolve-vendor-actor"
import { ensureOwnVendorOrder } from "./own-vendor-order"
import { VendorAdvanceOrder, VendorCashCollected, VendorGetOrdersParams, VendorRejectOrder } from "./validators"

// Orders are the whole team's daily work: every member role (owner, manager, staff) reads and moves them.
export const vendorOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [...vendorActor, validateAndTransformQuery(VendorGetOrdersParams as any, {})],
  },
  { method: ["GET"], matcher: "/vendor/orders/:id", middlewares: [...vendorActor, ensureOwnVendorOrder] },
  { method: ["GET"], matcher: "/vendor/orders/:id/delivery", middlewares: [...vendorActor, ensureOwnVendorOrder] },
  ...["accept", "preparing", "ready"].map((action) => ({
    method: ["POST" as const],
    matcher: `/vendor/orders/:id/${action}`,
    middlewares: [...vendorActor, ensureOwnVendorOrder, validateAndTransformBody(VendorAdvanceOrder)],
  })),
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/reject",
    middlewares: [...vendorActor, ensureOwnVendorOrder, validateAndTransformBody(VendorRejectOrder)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/cash-collected",
    middlewares: [...vendorActor, ensureOwnVendorOrder, validateAndTransformBody(VendorCashCollected)],
  },
]

import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { ensureOwnStoreOrder, installPublishableKeyFromQuery, resolveStreamViewer } from "./helpers"

const signedInCustomer = authenticate("customer", ["session", "bearer"])

/**
 * The stream's door: a signed-in customer (bearer or session cookie), or a
 * request carrying a stream token, which resolveStreamViewer checks next.
 */
function authenticateCustomerOrStreamToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const hasToken = typeof (req.query as Record<string, unknown>)?.token === "string"
  return hasToken && !req.headers.authorization ? next() : signedInCustomer(req, res, next)
}

/** A customer follows the delivery of one of their orders: its state, and its live stream. */
export const storeDeliveryTrackingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/", middlewares: [installPublishableKeyFromQuery] },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/delivery",
    middlewares: [signedInCustomer, ensureOwnStoreOrder],
  },
  {
    method: ["GET"],
    matcher: "/store/deliveries/:id/stream",
    middlewares: [authenticateCustomerOrStreamToken, resolveStreamViewer],
  },
]

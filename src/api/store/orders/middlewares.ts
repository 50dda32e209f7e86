import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreCancelOrder } from "./validators"

export const storeOrderCancelMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/orders/:id/cancel",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreCancelOrder)],
  },
]

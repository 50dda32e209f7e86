import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetOrderGroupsParams } from "./validators"

export const storeOrderGroupMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/order-groups*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/order-groups",
    middlewares: [validateAndTransformQuery(StoreGetOrderGroupsParams as any, {})],
  },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetVendorsParams } from "./validators"

export const storeVendorMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/vendors",
    middlewares: [validateAndTransformQuery(StoreGetVendorsParams as any, {})],
  },
]

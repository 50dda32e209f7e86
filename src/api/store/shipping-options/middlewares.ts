import type { MiddlewareRoute } from "@medusajs/framework/http"
import { shippingOptionsPerVendor } from "./vendor-shipping-options"

export const storeShippingOptionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/shipping-options", middlewares: [shippingOptionsPerVendor] },
]

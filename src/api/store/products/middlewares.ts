import type { MiddlewareRoute } from "@medusajs/framework/http"
import { applyVendorToProducts, takeVendorFilter } from "./vendor-on-products"

export const storeProductMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [takeVendorFilter] },
  { method: ["GET"], matcher: "/store/products", middlewares: [applyVendorToProducts({ activeVendorsOnly: true })] },
  { method: ["GET"], matcher: "/store/products/:id", middlewares: [applyVendorToProducts({ activeVendorsOnly: true })] },
]

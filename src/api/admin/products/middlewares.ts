import type { MiddlewareRoute } from "@medusajs/framework/http"
import { applyVendorToProducts, takeVendorFilter } from "../../store/products/vendor-on-products"

// Admins see every product with its vendor, and can narrow the list to any vendor's, active or not.
export const adminProductMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/products", middlewares: [takeVendorFilter] },
  { method: ["GET"], matcher: "/admin/products", middlewares: [applyVendorToProducts({ activeVendorsOnly: false })] },
  { method: ["GET"], matcher: "/admin/products/:id", middlewares: [applyVendorToProducts({ activeVendorsOnly: false })] },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { registerPhoneCustomer } from "./phone-registration"

export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/customers",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnregistered: true }), registerPhoneCustomer],
  },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { registerPhoneCustomer } from "./phone-registration"
import { takeSignUpAdditionalData } from "./sign-up-additional-data"

export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  // No method: a global middleware, run before Medusa's own body validation of the sign-up.
  { matcher: "/store/customers", middlewares: [takeSignUpAdditionalData] },
  {
    method: ["POST"],
    matcher: "/store/customers",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnregistered: true }), registerPhoneCustomer],
  },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { registerWithExistingIdentity } from "./register-existing-identity"

export const authMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/auth/vendor/emailpass/register",
    middlewares: [registerWithExistingIdentity("vendor")],
  },
]

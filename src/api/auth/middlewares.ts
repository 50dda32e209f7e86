import type { MiddlewareRoute } from "@medusajs/framework/http"
import { passwordLoginMiddlewares } from "./login-limits"
import { registerWithExistingIdentity } from "./register-existing-identity"

export const authMiddlewares: MiddlewareRoute[] = [
  ...passwordLoginMiddlewares,
  {
    method: ["POST"],
    matcher: "/auth/vendor/emailpass/register",
    middlewares: [registerWithExistingIdentity("vendor")],
  },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"

// Stripe signs the exact bytes it sent: the body is kept raw for the signature check.
export const payoutHookMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/hooks/payouts/stripe", bodyParser: { preserveRawBody: true }, middlewares: [] },
]

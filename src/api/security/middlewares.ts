import type { MiddlewareRoute } from "@medusajs/framework/http"
import { vendorAndCourierCors } from "./cors"
import { configureHttpApp, securityHeaders } from "./http-settings"
import { rejectUnsafeStrings } from "./unsafe-strings"

/** Before every route, in this order: app settings, security headers, CORS for the vendor and courier apps, unsafe strings. */
export const securityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/", middlewares: [configureHttpApp, securityHeaders, vendorAndCourierCors, rejectUnsafeStrings] },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { vendorAndCourierCors } from "./cors"
import { configureHttpApp, securityHeaders } from "./http-settings"
import { refuseBlockedIps } from "./ip-blocklist"
import { countUnauthorizedAnswers } from "./security-events"
import { rejectUnsafeStrings } from "./unsafe-strings"

/**
 * Before every route, in this order: app settings, the IP blocklist, security
 * headers, CORS for the vendor and courier apps, unsafe strings; and a count
 * of the 401s each caller gets.
 */
export const securityMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/",
    middlewares: [configureHttpApp, refuseBlockedIps, countUnauthorizedAnswers, securityHeaders, vendorAndCourierCors, rejectUnsafeStrings],
  },
]

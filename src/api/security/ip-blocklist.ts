import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type MiddlewareFunction = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => void
import { SECURITY_MODULE } from "../../modules/security"
import type SecurityModuleService from "../../modules/security/service"
import { clientIp, countUnauthorizedAnswers, reportSecurityEvent } from "./security-events"
import { placeEarly } from "../express-stack"

const BLOCKED = { type: "not_allowed", message: "Requests from this address are blocked." }

/** A blocked IP's requests make one `ip_blocked` event a minute, not one per request, so a flood cannot fill the table. */
const EVENT_EVERY_MS = 60 * 1000
const lastEventAt = new Map<string, number>()

const checked = Symbol("daraa.ipBlockChecked")

async function refuseIfBlocked(scope: MedusaContainer, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if ((req as any)[checked]) {
    return next()
  }
  ;(req as any)[checked] = true
  const ip = clientIp(req)
  let blocked: boolean
  try {
    blocked = await scope.resolve<SecurityModuleService>(SECURITY_MODULE).isIpBlocked(ip)
  } catch (error) {
    return next(error)
  }
  if (!blocked) {
    return next()
  }
  const now = Date.now()
  if ((lastEventAt.get(ip) ?? 0) + EVENT_EVERY_MS <= now) {
    lastEventAt.set(ip, now)
    if (lastEventAt.size > 10_000) {
      lastEventAt.clear()
    }
    void reportSecurityEvent(scope, { type: "ip_blocked", ip, method: req.method, path: req.originalUrl.split("?")[0] })
  }
  res.status(403).json(BLOCKED)
}

/**
 * Answers 403 to an address on the blocklist. `configureHttpApp` puts a copy
 * at the front of Express's stack at the first request (`installIpBlocklistFirst`),
 * so that it runs before Medusa's own middlewares (authentication,
 * publishable keys) on every prefix; this one, among the security
 * middlewares, covers that first request. Each request is checked once.
 */
export function refuseBlockedIps(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  return refuseIfBlocked(req.scope, req, res, next)
}

/**
 * Puts the security headers, the blocklist and the 401 count right after
 * Express's own request setup, ahead of every other middleware, Medusa's authentication included
 * (whose 401s are counted too). There, `req.scope` is not made yet, so the
 * app's container is used.
 */
export function installIpBlocklistFirst(app: any, scope: MedusaContainer, securityHeaders: MiddlewareFunction) {
  // The security headers go first too, so that a 403 here carries them like every other answer.
  placeEarly(app, function daraaFirstDoor(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    securityHeaders(req, res, () => countUnauthorizedAnswers(req, res, () => refuseIfBlocked(req.scope ?? scope, req, res, next), scope))
  })
}

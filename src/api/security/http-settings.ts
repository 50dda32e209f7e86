import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SECURITY_MODULE } from "../../modules/security"
import type SecurityModuleService from "../../modules/security/service"
import { installIpBlocklistFirst } from "./ip-blocklist"
import { answerNotFound } from "./not-found"
import { installCatalogFrontDoor } from "../catalog-cache/front-door"

const configured = new WeakSet<object>()

/**
 * Settings of the Express app that Medusa creates before any project code
 * runs, applied at its first request, when every route is in place:
 * - `trust proxy` from TRUST_PROXY (Medusa trusts one hop; with none in front,
 *   a client could pick its own address with X-Forwarded-For);
 * - no `X-Powered-By`;
 * - a JSON 404 as the very last handler (Medusa adds `/health` after its loaders);
 * - the IP blocklist as the very first middleware (ip-blocklist.ts), and right
 *   after it the catalog cache's front door (catalog-cache/front-door.ts).
 */
export function configureHttpApp(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const app = req.app as any
  if (app && !configured.has(app)) {
    configured.add(app)
    const { trust_proxy } = req.scope.resolve<SecurityModuleService>(SECURITY_MODULE).settings
    app.set("trust proxy", trust_proxy)
    app.disable("x-powered-by")
    app.use(answerNotFound)
    installIpBlocklistFirst(app, req.scope, securityHeaders)
    installCatalogFrontDoor(app, req.scope)
  }
  res.removeHeader("X-Powered-By")
  next()
}

const API_PATH = /^\/(store|admin|vendor|courier|auth|hooks)(\/|$)/

/**
 * Headers that tell browsers not to sniff, frame or leak referrers; HSTS only
 * over HTTPS; and `Cache-Control: private, no-store` on every API answer, which
 * only the catalog cache relaxes, for anonymous catalog reads (src/api/catalog-cache).
 */
export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (API_PATH.test(req.path)) {
    res.setHeader("Cache-Control", "private, no-store")
  }
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("Content-Security-Policy", "frame-ancestors 'none'")
  if (req.secure) {
    res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
  }
  next()
}

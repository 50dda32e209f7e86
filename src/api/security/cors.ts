import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseCorsOrigins } from "@medusajs/framework/utils"
import { SECURITY_MODULE } from "../../modules/security"
import type SecurityModuleService from "../../modules/security/service"

// The same package Medusa uses for STORE_CORS, ADMIN_CORS and AUTH_CORS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cors = require("cors") as (options: object) => (req: unknown, res: unknown, next: (error?: unknown) => void) => void

export type CorsHandler = ReturnType<typeof cors>

/** CORS for a comma-separated list of origins, with the options Medusa gives its own (credentials, preflight answered). */
export function corsFor(origins: string): CorsHandler {
  return cors({ origin: parseCorsOrigins(origins), credentials: true, preflightContinue: false })
}

const PREFIXES = [
  { prefix: "/vendor", setting: "vendor_cors" },
  { prefix: "/courier", setting: "courier_cors" },
] as const

let handlers: Map<string, CorsHandler> | undefined

/**
 * CORS for the vendor and courier apps, as Medusa applies STORE_CORS to
 * /store: VENDOR_CORS on /vendor, COURIER_CORS on /courier. It runs before
 * authentication, so a preflight is answered and errors are readable.
 */
export function vendorAndCourierCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const match = PREFIXES.find(({ prefix }) => req.path === prefix || req.path.startsWith(`${prefix}/`))
  if (!match) {
    return next()
  }
  if (!handlers) {
    const { settings } = req.scope.resolve<SecurityModuleService>(SECURITY_MODULE)
    handlers = new Map(
      PREFIXES.map(({ setting }) => [
        setting,
        corsFor(settings[setting]),
      ])
    )
  }
  handlers.get(match.setting)!(req, res, next)
}

import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { SECURITY_MODULE } from "../../modules/security"
import type SecurityModuleService from "../../modules/security/service"
import { clientIp, reportSecurityEvent } from "../security/security-events"

const LIMIT_MESSAGES = {
  identity_limit: "Too many sign-in attempts for this account; try again later.",
  ip_limit: "Too many sign-in attempts from this address; try again later.",
} as const

/** Every actor that signs in with a password (medusa-config.ts, authMethodsPerActor). */
const PASSWORD_ACTORS = ["customer", "vendor", "courier", "user"] as const

/**
 * Counts each password sign-in against the email and the caller's IP before
 * Medusa checks the password, and answers 429 with Retry-After once either is
 * spent. A successful sign-in clears the email's count and does not count
 * against the IP. The first refusal in a window is a `login_locked_out`
 * security event.
 */
export async function limitPasswordLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const security = req.scope.resolve<SecurityModuleService>(SECURITY_MODULE)
  const body = (req.body ?? {}) as { email?: unknown }
  const identity = typeof body.email === "string" && body.email.trim() ? body.email.trim().toLowerCase() : null
  const ip = clientIp(req)
  const allowance = await security.consumeLoginAttempt({ identity, ip })
  if (!allowance.allowed) {
    if (allowance.first_refusal) {
      await reportSecurityEvent(req.scope, {
        type: "login_locked_out",
        ip,
        identity,
        method: req.method,
        path: req.path,
        details: { reason: allowance.reason, retry_after_seconds: allowance.retry_after_seconds },
      })
    }
    res.setHeader("Retry-After", String(allowance.retry_after_seconds))
    res.status(429).json({ type: "too_many_requests", message: LIMIT_MESSAGES[allowance.reason] })
    return
  }
  if (identity) {
    clearOnSuccess(res, () => security.recordLoginSuccess({ identity, ip }))
  }
  next()
}

/** Runs `clear` when the route answers 2xx, before the answer leaves, so the client's next request sees it done. */
export function clearOnSuccess(res: MedusaResponse, clear: () => Promise<void>) {
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (res.statusCode < 200 || res.statusCode >= 300) {
      return json(body)
    }
    clear()
      .catch(() => undefined)
      .finally(() => json(body))
    return res
  }) as typeof res.json
}

export const passwordLoginMiddlewares: MiddlewareRoute[] = PASSWORD_ACTORS.map((actor) => ({
  method: ["POST"],
  matcher: `/auth/${actor}/emailpass`,
  middlewares: [limitPasswordLogins],
}))

import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventPayload } from "../../events"
import { SECURITY_MODULE } from "../../modules/security"
import type SecurityModuleService from "../../modules/security/service"
import { normalizeIp } from "../../modules/security/ip-ranges"
import type { RecordSecurityEventInput } from "../../modules/security/service"

/** The caller's address as Express reads it, following TRUST_PROXY (docs/security.md); an IPv4 caller as IPv4, not `::ffff:…`. */
export function clientIp(req: MedusaRequest): string {
  return normalizeIp(req.ip ?? req.socket?.remoteAddress ?? "unknown")
}

/**
 * Records a security event and, when its IP has just reached the alert
 * threshold, emits `security.alert` (admins hear of it in their feed). Never
 * fails the request that caused it: a lost event is logged.
 */
export async function reportSecurityEvent(scope: MedusaContainer, input: RecordSecurityEventInput): Promise<void> {
  try {
    const { alert } = await scope.resolve<SecurityModuleService>(SECURITY_MODULE).recordSecurityEvent(input)
    if (alert) {
      const data: DaraaEventPayload<typeof DaraaEvents.SECURITY_ALERT> = { ...alert, last_event_type: input.type }
      await scope.resolve(Modules.EVENT_BUS).emit({ name: DaraaEvents.SECURITY_ALERT, data })
    }
  } catch (error) {
    scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Could not record the security event ${input.type} of ${input.ip}: ${error}`)
  }
}

const counted = Symbol("daraa.unauthorizedCounted")

/** Counts every 401 answered, per caller IP; the one that reaches the limit becomes a `repeated_unauthorized` event. */
export function countUnauthorizedAnswers(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, scope: MedusaContainer = req.scope) {
  if ((req as any)[counted]) {
    return next()
  }
  ;(req as any)[counted] = true
  res.once("finish", () => {
    if (res.statusCode !== 401) {
      return
    }
    const ip = clientIp(req)
    const security = scope.resolve<SecurityModuleService>(SECURITY_MODULE)
    void security
      .countUnauthorized(ip)
      .then((reached) =>
        reached
          ? reportSecurityEvent(scope, {
              type: "repeated_unauthorized",
              ip,
              method: req.method,
              path: req.originalUrl.split("?")[0],
              details: { limit: security.settings.unauthorized_per_ip, window_minutes: Math.round(security.settings.alert_window_seconds / 60) },
            })
          : undefined
      )
      .catch(() => undefined)
  })
  next()
}

import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SECURITY_MODULE } from "../../modules/security"
import type SecurityModuleService from "../../modules/security/service"
import { clientIp } from "../security/security-events"
import { auditTargetOf, hasAuditLoader, loadAuditTarget, type AuditTarget } from "./audit-targets"

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"]
const MAX_USER_AGENT = 512

const SECRET_KEY = /token|secret|password|hash/i

/** A copy without secrets (an API key's token, an invite's token): the audit log is read by every admin role. */
export function withoutSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") {
    return value
  }
  if (Array.isArray(value)) {
    return value.map((item) => withoutSecrets(item, depth + 1))
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, SECRET_KEY.test(key) ? "[redacted]" : withoutSecrets(item, depth + 1)])
  )
}

/** The first object with an id in an answer (`{vendor: {...}}`), as the target of a create and the after of a target without a loader. */
export function primaryObject(body: unknown): Record<string, unknown> | null {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return null
  }
  if (typeof (body as any).id === "string") {
    return body as Record<string, unknown>
  }
  for (const value of Object.values(body)) {
    if (value && typeof value === "object" && !Array.isArray(value) && typeof (value as any).id === "string") {
      return value as Record<string, unknown>
    }
  }
  return null
}

/**
 * Writes one audit entry for each write under its prefix that answers 2xx:
 * the actor, the route (`POST /admin/vendors/:id/:action`), the target read
 * before the route runs and again after it (audit-targets.ts), the caller's IP
 * and user agent. The entry is written before the answer leaves, so the
 * client that made the change can already find it. A failed write of the
 * entry is logged and does not undo the change.
 */
export function auditTrail(actor_type: "user" | "vendor") {
  return async function recordAuditEntry(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (!WRITE_METHODS.includes(req.method)) {
      return next()
    }
    const path = (req.baseUrl + req.path).replace(/\/+$/, "")
    const actorId = () => req.auth_context?.actor_id || req.auth_context?.auth_identity_id || null
    let target = auditTargetOf(path, actorId())
    if (target?.type === "vendor" && !target.id && path === "/vendor/me") {
      target = { type: "vendor", id: await vendorOfMember(req, actorId()) }
    }
    const before = target ? await loadAuditTarget(req.scope, target) : null
    let recorded = false

    const record = async (body: unknown) => {
      recorded = true
      const answered = primaryObject(body)
      const finalTarget: AuditTarget | null = target && !target.id && answered ? { ...target, id: answered.id as string } : target
      const loaded = finalTarget ? await loadAuditTarget(req.scope, finalTarget) : null
      const after = loaded ?? (finalTarget && hasAuditLoader(finalTarget.type) ? null : answered)
      await req.scope.resolve<SecurityModuleService>(SECURITY_MODULE).createAuditLogEntries({
        actor_type,
        actor_id: actorId(),
        action: `${req.method} ${(req as any).route?.path ?? path}`,
        target_type: finalTarget?.type ?? null,
        target_id: finalTarget?.id ?? null,
        before: withoutSecrets(before) as Record<string, unknown> | null,
        after: withoutSecrets(after) as Record<string, unknown> | null,
        ip: clientIp(req),
        user_agent: req.get("user-agent")?.slice(0, MAX_USER_AGENT) ?? null,
      })
    }
    const logFailure = (error: unknown) =>
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Could not write the audit entry of ${req.method} ${path}: ${error}`)

    const json = res.json.bind(res)
    res.json = ((body: unknown) => {
      if (recorded || res.statusCode < 200 || res.statusCode >= 300) {
        return json(body)
      }
      record(body)
        .catch(logFailure)
        .finally(() => json(body))
      return res
    }) as typeof res.json
    // Answers sent without res.json (an empty 204, a file) are recorded once sent.
    res.once("finish", () => {
      if (!recorded && res.statusCode >= 200 && res.statusCode < 300) {
        record(null).catch(logFailure)
      }
    })
    next()
  }
}

async function vendorOfMember(req: AuthenticatedMedusaRequest, memberId: string | null): Promise<string | null> {
  if (!memberId) {
    return null
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "vendor_member", fields: ["vendor.id"], filters: { id: memberId } })
  return (data[0] as any)?.vendor?.id ?? null
}


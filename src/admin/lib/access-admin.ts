/** What the audit-log and security pages and the user-role widget compute, kept apart from React so it is unit tested. */

import type { Translate } from "./translate"

/** The roles an admin can hold; each is labelled by `roles.<value>` and described by `roleAbout.<value>`. */
export const ADMIN_ROLES = ["super_admin", "operations", "finance", "support"] as const

export type AdminRoleValue = (typeof ADMIN_ROLES)[number]

const isRole = (role: string): role is AdminRoleValue => (ADMIN_ROLES as readonly string[]).includes(role)

/** "Super admin", "Operations"…; a role the labels do not know shows as it is. */
export function roleLabel(role: string, t: Translate): string {
  return isRole(role) ? t(`roles.${role}`) : role
}

/** What a role may do, in a sentence; null for a role the labels do not know. */
export function roleAbout(role: string, t: Translate): string | null {
  return isRole(role) ? t(`roleAbout.${role}`) : null
}

export type AuditEntry = {
  id: string
  actor_type: string
  actor_id: string | null
  action: string
  target_type: string | null
  target_id: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  ip: string | null
  user_agent: string | null
  created_at: string
}

export type AuditFilters = { actor_id: string; target_type: string; target_id: string; action: string; from: string; to: string }

export const EMPTY_AUDIT_FILTERS: AuditFilters = { actor_id: "", target_type: "", target_id: "", action: "", from: "", to: "" }

/** The audit-log route's query for the page's filters; `from` and `to` are whole days (`to` includes its day). */
export function auditLogQuery(filters: AuditFilters, page: number, pageSize: number): Record<string, string | number> {
  const query: Record<string, string | number> = { limit: pageSize, offset: page * pageSize, order: "-created_at" }
  for (const key of ["actor_id", "target_type", "target_id", "action"] as const) {
    if (filters[key].trim()) {
      query[key] = filters[key].trim()
    }
  }
  if (filters.from) {
    query["created_at[gte]"] = new Date(`${filters.from}T00:00:00Z`).toISOString()
  }
  if (filters.to) {
    query["created_at[lte]"] = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 24 * 3600 * 1000 - 1).toISOString()
  }
  return query
}

export type FieldChange = { field: string; before: string; after: string }

const shown = (value: unknown) => (value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value))

/** The top-level fields that differ between before and after, each as text; every field of a created or deleted target. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort()
  return fields
    .map((field) => ({ field, before: shown(before?.[field]), after: shown(after?.[field]) }))
    .filter((change) => change.before !== change.after)
}

/** The security events' types, each labelled by `securityEvent.<type>`. */
export const SECURITY_EVENT_TYPES = ["login_locked_out", "ip_blocked", "repeated_unauthorized"] as const

/** "Sign-in lock-out", "Blocked request"…; a type the labels do not know shows as it is. */
export function securityEventLabel(type: string, t: Translate): string {
  return (SECURITY_EVENT_TYPES as readonly string[]).includes(type) ? t(`securityEvent.${type}`) : type
}

/** What the audit-log and security pages and the user-role widget compute, kept apart from React so it is unit tested. */

export const ADMIN_ROLE_CHOICES = [
  { value: "super_admin", label: "Super admin", about: "Everything, including roles and the IP blocklist" },
  { value: "operations", label: "Operations", about: "Vendors, couriers, orders and disputes" },
  { value: "finance", label: "Finance", about: "Commissions, refunds, ledger, wallets and payouts" },
  { value: "support", label: "Support", about: "Reads everything, changes nothing" },
] as const

export type AdminRoleValue = (typeof ADMIN_ROLE_CHOICES)[number]["value"]

export function roleLabel(role: string): string {
  return ADMIN_ROLE_CHOICES.find((choice) => choice.value === role)?.label ?? role
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

export const SECURITY_EVENT_LABELS: Record<string, string> = {
  login_locked_out: "Sign-in lock-out",
  ip_blocked: "Blocked request",
  repeated_unauthorized: "Repeated 401s",
}

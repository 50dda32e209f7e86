import { ADMIN_ROLES, type AdminRole } from "../../modules/security/admin-roles"

/**
 * Who may change what under /admin. Reads (GET, HEAD, OPTIONS) are open to
 * every role; a write needs one of the roles of the first rule whose prefix
 * matches its path. A prefix covers its path and everything below it
 * (`/admin/vendors` covers `/admin/vendors/:id/approve`), and `:param` matches
 * one segment, so a route added under a known prefix has its roles already.
 * Every route file under src/api/admin must fall under a rule of its own
 * (src/api/admin-access/__tests__/role-table.unit.spec.ts scans them).
 */
export type RoleRule = {
  prefix: string
  /** The roles that may write; an empty list means nobody, not even super_admin, can write here. */
  write: readonly AdminRole[]
  /** What the prefix holds, for the docs and the dashboard. */
  about: string
}

const SUPER: readonly AdminRole[] = ["super_admin"]
const OPERATIONS: readonly AdminRole[] = ["super_admin", "operations"]
const FINANCE: readonly AdminRole[] = ["super_admin", "finance"]
const ORDER_MONEY: readonly AdminRole[] = ["super_admin", "operations", "finance"]

export const ROLE_RULES: readonly RoleRule[] = [
  // Access and accountability: super admins only; the records themselves have no write route at all.
  { prefix: "/admin/users/:id/role", write: SUPER, about: "an admin's role" },
  { prefix: "/admin/ip-blocks", write: SUPER, about: "the IP blocklist" },
  { prefix: "/admin/audit-log", write: [], about: "the audit log (append-only)" },
  { prefix: "/admin/security-events", write: [], about: "security events (recorded by the server)" },
  { prefix: "/admin/users", write: SUPER, about: "admin users" },
  { prefix: "/admin/invites", write: SUPER, about: "invitations of admin users" },
  { prefix: "/admin/api-keys", write: SUPER, about: "secret and publishable API keys" },

  // Daraa's money: finance.
  { prefix: "/admin/vendor-orders/:id/refund", write: FINANCE, about: "refunding a vendor order" },
  { prefix: "/admin/vendor-orders/:id/cash-collected", write: FINANCE, about: "recording cash collected for a vendor order" },
  { prefix: "/admin/vendor-orders/:id/cancel", write: ORDER_MONEY, about: "cancelling (and so refunding) a vendor order" },
  { prefix: "/admin/commission-rules", write: FINANCE, about: "commission rules" },
  { prefix: "/admin/commission-lines", write: FINANCE, about: "commission lines" },
  { prefix: "/admin/ledger", write: FINANCE, about: "the ledger" },
  { prefix: "/admin/wallets", write: FINANCE, about: "wallets and their adjustments" },
  { prefix: "/admin/payouts", write: FINANCE, about: "payouts" },
  { prefix: "/admin/couriers/:id/deposits", write: FINANCE, about: "cash a courier hands in" },
  { prefix: "/admin/loyalty", write: FINANCE, about: "loyalty settings and tiers (what points earn and are worth)" },
  { prefix: "/admin/customers/:id/loyalty-adjustments", write: ORDER_MONEY, about: "adjusting a customer's points by hand" },
  { prefix: "/admin/customers/:id/loyalty", write: [], about: "a customer's points (read only)" },

  // Daraa's operations.
  { prefix: "/admin/vendor-orders", write: OPERATIONS, about: "vendor orders" },
  { prefix: "/admin/order-groups", write: OPERATIONS, about: "order groups" },
  { prefix: "/admin/vendors", write: OPERATIONS, about: "vendors, their review and documents" },
  { prefix: "/admin/couriers", write: OPERATIONS, about: "couriers" },
  { prefix: "/admin/delivery-zones", write: OPERATIONS, about: "delivery zones and their fees" },
  { prefix: "/admin/deliveries", write: OPERATIONS, about: "deliveries and assigning them to couriers" },
  { prefix: "/admin/disputes", write: OPERATIONS, about: "disputes" },

  // Medusa's routes that move money.
  { prefix: "/admin/payments", write: FINANCE, about: "refunds and captures of payments" },
  { prefix: "/admin/payment-collections", write: FINANCE, about: "payment collections (mark as paid, payment sessions)" },
  { prefix: "/admin/refund-reasons", write: FINANCE, about: "refund reasons" },
  { prefix: "/admin/orders/:id/credit-lines", write: FINANCE, about: "an order's credit lines" },
  { prefix: "/admin/orders/:id/payment-sessions", write: FINANCE, about: "authorizing an order's payment" },
  { prefix: "/admin/orders/:id/cancel", write: ORDER_MONEY, about: "cancelling (and so refunding) an order" },
  { prefix: "/admin/returns", write: ORDER_MONEY, about: "returns and their refunds" },
  { prefix: "/admin/claims", write: ORDER_MONEY, about: "claims and their refunds" },
  { prefix: "/admin/exchanges", write: ORDER_MONEY, about: "exchanges and their differences" },
  { prefix: "/admin/order-edits", write: ORDER_MONEY, about: "order edits and their differences" },
  { prefix: "/admin/orders", write: OPERATIONS, about: "orders and their fulfillment" },
  { prefix: "/admin/draft-orders", write: OPERATIONS, about: "draft orders" },
]

/** Any other Medusa admin route (catalog, customers, settings): the shop is run by operations. */
export const DEFAULT_RULE: RoleRule = { prefix: "/admin", write: OPERATIONS, about: "Medusa's other admin routes" }

export const READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const

function prefixPattern(prefix: string): RegExp {
  const body = prefix
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")))
    .join("/")
  return new RegExp(`^${body}(?:/.*)?/?$`, "i")
}

const COMPILED = ROLE_RULES.map((rule) => ({ rule, pattern: prefixPattern(rule.prefix) }))

/** The rule of `path` (`/admin/vendors/ven_1/approve`), or null when only the default applies. */
export function ruleFor(path: string): RoleRule | null {
  const clean = path.split("?")[0]
  return COMPILED.find(({ pattern }) => pattern.test(clean))?.rule ?? null
}

/** The roles that may call `method path`: every role for a read. */
export function rolesAllowed(method: string, path: string): readonly AdminRole[] {
  if ((READ_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return ADMIN_ROLES
  }
  return (ruleFor(path) ?? DEFAULT_RULE).write
}

export function roleMayCall(role: AdminRole, method: string, path: string): boolean {
  return rolesAllowed(method, path).includes(role)
}

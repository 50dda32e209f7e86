import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SECURITY_MODULE } from "../../modules/security"
import type SecurityModuleService from "../../modules/security/service"

/**
 * What an audited request changes, read from its path: the last
 * `resource/id` pair (`/admin/vendors/ven_1/approve` → vendor ven_1,
 * `/vendor/products/prod_1/variants/variant_2` → product_variant variant_2),
 * or the resource alone for a create (`POST /admin/commission-rules`), whose
 * id comes from the answer. Ids are the segments Medusa and Daraa make ids
 * of, `prefix_…`; other segments are resources or actions.
 */
export type AuditTarget = { type: string; id: string | null }

/** Resources whose type is not their path segment singularized, per prefix. */
const TYPE_OF_SEGMENT: Record<string, Record<string, string>> = {
  admin: { invites: "invite", orders: "order", "vendor-orders": "vendor_order" },
  vendor: { orders: "vendor_order", members: "vendor_member", invites: "vendor_invite", documents: "vendor_document", variants: "product_variant" },
}

const isId = (segment: string) => /^[A-Za-z0-9]+_[A-Za-z0-9_]+$/.test(segment)

function singular(segment: string): string {
  const word = segment.replace(/ies$/, "y").replace(/(ses|xes)$/, (ending) => ending.slice(0, -2)).replace(/([^s])s$/, "$1")
  return word.replace(/-/g, "_")
}

function typeOf(prefix: string, segment: string): string {
  return TYPE_OF_SEGMENT[prefix]?.[segment] ?? (segment === "variants" ? "product_variant" : singular(segment))
}

export function auditTargetOf(path: string, actorId: string | null): AuditTarget | null {
  const [prefix, ...segments] = path.split("?")[0].split("/").filter(Boolean)
  if (prefix === "vendor" && segments[0] === "me") {
    // A member's own profile, or their store.
    return segments[1] === "member" ? { type: "vendor_member", id: actorId } : { type: "vendor", id: null }
  }
  let target: AuditTarget | null = null
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    if (isId(segment)) {
      continue
    }
    const next = segments[i + 1]
    if (next !== undefined && isId(next)) {
      target = { type: typeOf(prefix, segment), id: decodeURIComponent(next) }
    } else if (!target) {
      target = { type: typeOf(prefix, segment), id: null }
    }
  }
  return target
}

type Loader = (scope: MedusaContainer, id: string) => Promise<Record<string, unknown> | null>

function graph(entity: string, fields: string[], key = "id"): Loader {
  return async (scope, id) => {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity, fields, filters: { [key]: id } })
    return (data[0] as Record<string, unknown> | undefined) ?? null
  }
}

const PAYMENT_TOTALS = ["payment_collections.id", "payment_collections.amount", "payment_collections.captured_amount", "payment_collections.refunded_amount"]

/** How each kind of target is read for its before and after; others keep the answer's object as their after. */
const LOADERS: Record<string, Loader> = {
  vendor: graph("vendor", ["id", "name", "handle", "status", "email", "phone", "description"]),
  vendor_member: graph("vendor_member", ["id", "vendor_id", "role", "email", "first_name", "last_name", "locale"]),
  vendor_invite: graph("vendor_invite", ["id", "vendor_id", "email", "role", "expires_at", "accepted_at", "invited_by"]),
  vendor_document: graph("vendor_document", ["id", "vendor_id", "type", "filename", "mime_type"]),
  vendor_order: async (scope, id) => {
    const state = await graph("vendor_order_state", ["order_id", "vendor_id", "vendor_status", "status_reason"], "order_id")(scope, id)
    const order = await graph("order", ["id", "status", ...PAYMENT_TOTALS])(scope, id)
    return state || order ? { ...state, order } : null
  },
  order: graph("order", ["id", "status", "canceled_at", ...PAYMENT_TOTALS]),
  payment: graph("payment", ["id", "amount", "currency_code", "captured_at", "canceled_at", "captures.id", "captures.amount", "refunds.id", "refunds.amount"]),
  commission_rule: graph("commission_rule", ["*"]),
  delivery_zone: graph("delivery_zone", ["*"]),
  wallet: graph("ledger_account", ["id", "owner_type", "owner_id", "currency_code", "balance"]),
  payout: graph("payout", ["id", "owner_type", "owner_id", "currency_code", "amount", "status", "provider_reference", "failure_reason", "decision_reason"]),
  product: graph("product", ["id", "title", "subtitle", "description", "handle", "status", "variants.id", "variants.title", "variants.sku"]),
  product_variant: graph("product_variant", ["id", "product_id", "title", "sku", "manage_inventory", "prices.amount", "prices.currency_code"]),
  ip_block: graph("ip_block", ["id", "cidr", "reason", "created_by"]),
  user: async (scope, id) => {
    const user = await graph("user", ["id", "email"])(scope, id)
    if (!user) {
      return null
    }
    const { role, recorded } = await scope.resolve<SecurityModuleService>(SECURITY_MODULE).adminRoleOf(id)
    return { ...user, role, role_recorded: recorded }
  },
}

/** The target's state now, or null when it is unknown or gone. */
export async function loadAuditTarget(scope: MedusaContainer, target: AuditTarget): Promise<Record<string, unknown> | null> {
  const loader = LOADERS[target.type]
  if (!loader || !target.id) {
    return null
  }
  try {
    const state = await loader(scope, target.id)
    // Medusa's `raw_*` twins of amounts say the same thing again, at length.
    return state && Object.fromEntries(Object.entries(state).filter(([key]) => !key.startsWith("raw_")))
  } catch {
    return null
  }
}

export function hasAuditLoader(type: string): boolean {
  return type in LOADERS
}

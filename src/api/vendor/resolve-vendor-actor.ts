import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type { VendorMemberLocale } from "../../modules/vendor/models/vendor-member"
import type OrderGroupModuleService from "../../modules/order-group/service"
import { suspendedVendorAccess } from "./suspended-vendor-policy"

export type VendorRole = "owner" | "manager" | "staff"

export type VendorContext = {
  member: {
    id: string
    role: VendorRole
    email: string
    first_name: string | null
    last_name: string | null
    locale: VendorMemberLocale
    vendor_id: string
  }
  vendor: { id: string; handle: string; name: string; status: "pending" | "active" | "rejected" | "suspended" }
}

export type VendorRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  vendor_context: VendorContext
}

/**
 * Resolves "whose request is this" once: the member behind the token and its
 * vendor, handed on as `req.vendor_context`. Every /vendor route scopes by it.
 */
async function resolveVendorActor(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const memberId = req.auth_context?.actor_id
  if (!memberId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This token has no vendor member; create a vendor first or refresh the token.")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields: ["id", "role", "email", "first_name", "last_name", "locale", "vendor.id", "vendor.handle", "vendor.name", "vendor.status"],
    filters: { id: memberId },
  })
  if (!member?.vendor) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This vendor member no longer exists.")
  }
  const { vendor, ...rest } = member as any
  ;(req as VendorRequest).vendor_context = { member: { ...rest, vendor_id: vendor.id }, vendor }
  if (vendor.status === "suspended") {
    await enforceSuspension(req as VendorRequest)
  }
  next()
}

const SUSPENDED =
  "This store is suspended: it can read its data and finish the orders it had accepted, nothing else, until an admin reinstates it."

/** A suspended vendor is read-only, except for finishing the orders it had accepted (suspended-vendor-policy.ts). */
async function enforceSuspension(req: VendorRequest) {
  const access = suspendedVendorAccess(req.method, req.path)
  if (access === "refused") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, SUSPENDED)
  }
  if (access === "accepted_orders_only") {
    const [state] = await req.scope
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .listVendorOrderStates({ order_id: req.params.id, vendor_id: req.vendor_context.vendor.id }, { select: ["accepted_at"], take: 1 })
    // Another vendor's order, or none, is left to answer 404 as usual.
    if (state && !state.accepted_at) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `${SUSPENDED} This order was not accepted before the suspension.`)
    }
  }
}

/**
 * The member behind every /vendor route that needs one. The token itself is
 * checked once for the whole prefix (authenticateVendor, vendor/middlewares.ts).
 */
export const vendorActor = [resolveVendorActor]

const ROLE_WORDING: Record<string, string> = {
  owner: "the owner",
  "owner,manager": "the owner or a manager",
}

/** 403 unless the member has one of `roles`. */
export function requireVendorRole(...roles: VendorRole[]) {
  return (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const { member } = (req as VendorRequest).vendor_context
    if (!roles.includes(member.role)) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Only ${ROLE_WORDING[roles.join(",")] ?? roles.join(" or ")} can do this; you are ${member.role}.`
      )
    }
    next()
  }
}

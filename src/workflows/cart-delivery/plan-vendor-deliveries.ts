import { MathBN } from "@medusajs/framework/utils"

/** A shipping method of the cart, with the profile of the option it was made from. */
export type CartDeliveryMethod = { id: string; profile_id: string | null; created_at: string | Date }

export type VendorDeliveryPlanInput = {
  // The shipping profile of every cart line that needs shipping.
  item_profile_ids: string[]
  methods: CartDeliveryMethod[]
  // Profiles of the options the shopper is choosing in this very request.
  choosing_profile_ids: string[]
  // Profiles that belong to a vendor; any other profile is left to Medusa.
  vendor_profile_ids: Set<string>
}

export type VendorDeliveryPlan = {
  missing_profile_ids: string[]
  method_ids_to_remove: string[]
}

/**
 * The rule of one delivery per vendor: once the cart holds any delivery
 * choice, every vendor with lines in it has exactly one. A vendor's method
 * goes when its last line goes; of two methods for one vendor the newest (the
 * shopper's latest pick) stays; a vendor without one needs its default. A
 * cart with no choice yet is left alone, so the storefront's delivery step
 * still asks the shopper.
 */
export function planVendorDeliveries(input: VendorDeliveryPlanInput): VendorDeliveryPlan {
  const needed = new Set(input.item_profile_ids.filter((id) => input.vendor_profile_ids.has(id)))
  const remove: string[] = []
  const kept = new Map<string, CartDeliveryMethod>()
  const newestFirst = [...input.methods].sort(
    (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime() || b.id.localeCompare(a.id)
  )
  let keptAny = false
  for (const method of newestFirst) {
    const profileId = method.profile_id
    if (!profileId || !input.vendor_profile_ids.has(profileId)) {
      keptAny = true
      continue
    }
    if (!needed.has(profileId) || kept.has(profileId)) {
      remove.push(method.id)
      continue
    }
    kept.set(profileId, method)
    keptAny = true
  }
  const chosen = new Set(input.choosing_profile_ids)
  if (!keptAny && !chosen.size) {
    return { missing_profile_ids: [], method_ids_to_remove: remove }
  }
  const missing = [...needed].filter((profileId) => !kept.has(profileId) && !chosen.has(profileId))
  return { missing_profile_ids: missing.sort(), method_ids_to_remove: remove }
}

/** A delivery option priced for the cart, as Medusa's listing for a cart answers it. */
export type PricedDeliveryOption = {
  id: string
  name: string
  shipping_profile_id: string
  calculated_price?: { calculated_amount?: unknown } | null
}

/**
 * A vendor's default delivery: its only option, or its cheapest, ties broken
 * by name so that the same cart always gets the same default. Options the
 * cart cannot be priced for are never a default.
 */
export function pickDefaultDeliveryOptions(options: PricedDeliveryOption[], profileIds: string[]): PricedDeliveryOption[] {
  const wanted = new Set(profileIds)
  const best = new Map<string, PricedDeliveryOption>()
  for (const option of options) {
    const amount = option.calculated_price?.calculated_amount
    if (!wanted.has(option.shipping_profile_id) || amount === undefined || amount === null) {
      continue
    }
    const current = best.get(option.shipping_profile_id)
    if (!current || cheaper(option, current)) {
      best.set(option.shipping_profile_id, option)
    }
  }
  return profileIds.map((id) => best.get(id)).filter((option): option is PricedDeliveryOption => !!option)
}

function cheaper(a: PricedDeliveryOption, b: PricedDeliveryOption) {
  const amountA = a.calculated_price!.calculated_amount as any
  const amountB = b.calculated_price!.calculated_amount as any
  if (MathBN.lt(amountA, amountB)) {
    return true
  }
  return MathBN.eq(amountA, amountB) && a.name.localeCompare(b.name) < 0
}

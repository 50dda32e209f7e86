import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { vendorsOfShippingProfiles } from "../vendor/vendors-of-shipping-profiles"

/**
 * Each vendor ships under its own profile, so a cart needs one shipping method
 * per vendor. Medusa refuses a cart missing one with a generic sentence; this
 * names the vendors still without a delivery choice.
 */
export async function assertEveryVendorHasShipping(container: MedusaContainer, cart: any) {
  const required = new Set<string>(
    (cart.items ?? [])
      .filter((item: any) => item?.requires_shipping !== false)
      .map((item: any) => item?.variant?.product?.shipping_profile?.id)
      .filter(Boolean)
  )
  if (!required.size) {
    return
  }
  const optionIds = (cart.shipping_methods ?? []).map((method: any) => method?.shipping_option_id).filter(Boolean)
  const options = optionIds.length
    ? await container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: optionIds }, { select: ["id", "shipping_profile_id"] })
    : []
  const covered = new Set(options.map((option) => option.shipping_profile_id))
  const missing = [...required].filter((profileId) => !covered.has(profileId))
  if (!missing.length) {
    return
  }
  const names = [...(await vendorsOfShippingProfiles(container, missing)).values()].map((vendor) => vendor.name)
  if (!names.length) {
    return // Not a vendor's profile: Medusa's own check speaks for it.
  }
  throw missingDeliveryError(names)
}

/** The error for a cart where these stores have no shipping method yet. */
export function missingDeliveryError(vendorNames: string[]) {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Choose a delivery option for ${vendorNames.map((name) => `"${name}"`).join(", ")}: each store in the cart needs its own shipping method.`
  )
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addShippingMethodToCartWorkflow, refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { vendorsOfShippingProfiles } from "../vendor/vendors-of-shipping-profiles"
import { keepOneDeliveryPerVendorWorkflow } from "../cart-delivery/workflows/keep-one-delivery-per-vendor"

/**
 * One delivery choice covers the cart (docs/checkout.md). Storefronts built
 * for Medusa offer every option as one radio group and post one pick; the
 * other vendors then get their default here, in the same request.
 *
 * On a pick, the defaults are added before Medusa adds the pick, so the pick is
 * the cart's newest method: the one a storefront shows as selected.
 */
addShippingMethodToCartWorkflow.hooks.validate(
  async ({ input }, { container }) => {
    const optionIds = (input.options ?? []).map((option: any) => option.id).filter(Boolean) as string[]
    await refuseTwoOptionsOfOneVendor(container, optionIds)
    return keepOneDeliveryPerVendor(container, { cart_id: input.cart_id, choosing_option_ids: optionIds })
  },
  (transaction, { container }) => undoKeepOneDeliveryPerVendor(container, transaction)
)

/**
 * Every change of the cart's lines, address or region ends in Medusa's refresh
 * of the cart, which drops methods that no longer apply. Filling the gaps
 * before the payment collection is refreshed keeps the amount to pay right.
 */
refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(
  async ({ input }, { container }) => keepOneDeliveryPerVendor(container, { cart_id: input.cart_id }),
  (transaction, { container }) => undoKeepOneDeliveryPerVendor(container, transaction)
)

// The hooks run inside workflows that already hold the cart's lock, so the
// workflow runs on its own and its transaction is kept to be undone if the
// surrounding workflow fails later, as Medusa does for a nested workflow.
async function keepOneDeliveryPerVendor(container: MedusaContainer, input: { cart_id: string; choosing_option_ids?: string[] }) {
  const { transaction } = await keepOneDeliveryPerVendorWorkflow(container).run({ input })
  return new StepResponse(undefined, transaction)
}

async function undoKeepOneDeliveryPerVendor(container: MedusaContainer, transaction: any) {
  if (transaction) {
    await keepOneDeliveryPerVendorWorkflow(container).cancel({ transaction, container })
  }
}

/** A vendor's order has one delivery: a request picking two of its options at once is ambiguous. */
async function refuseTwoOptionsOfOneVendor(container: MedusaContainer, optionIds: string[]) {
  if (optionIds.length < 2) {
    return
  }
  const options = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({ id: optionIds }, { select: ["id", "shipping_profile_id"] })
  const vendors = await vendorsOfShippingProfiles(container, [...new Set(options.map((option) => option.shipping_profile_id as string))])
  const seen = new Set<string>()
  for (const option of options) {
    const vendor = vendors.get(option.shipping_profile_id as string)
    if (!vendor) {
      continue
    }
    if (seen.has(vendor.id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Choose one delivery option for "${vendor.name}": each store in the cart is delivered one way.`
      )
    }
    seen.add(vendor.id)
  }
}

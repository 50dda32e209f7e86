import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refuseInactiveVendors } from "../../hooks/vendor-availability"
import { missingDeliveryError } from "../../hooks/vendor-shipping-methods"
import type { VendorPart } from "../split-cart-by-vendor"

export const validateMarketplaceCartStepId = "validate-marketplace-cart"

/**
 * Checks that every line is sold by an active vendor and every vendor has a
 * delivery choice, and answers which lines and shipping methods go to which
 * vendor's order, with the location its stock is reserved at. Writes nothing.
 *
 * Two lookups: the products' vendors, and the shipping options' profiles. A
 * method belongs to the vendor whose lines ship under its profile.
 */
export const validateMarketplaceCartStep = createStep(
  validateMarketplaceCartStepId,
  async ({ cart }: { cart: any }, { container }) => {
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cart ${cart.id} is already completed.`)
    }
    const items: any[] = cart.items ?? []
    const methods: any[] = cart.shipping_methods ?? []
    const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))]
    const optionIds = [...new Set(methods.map((method) => method.shipping_option_id).filter(Boolean))]
    const [{ data: products }, options] = await Promise.all([
      container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "vendor.id", "vendor.name", "vendor.status", "vendor.stock_location.id"],
        filters: { id: productIds },
      }),
      optionIds.length
        ? container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: optionIds }, { select: ["id", "shipping_profile_id"] })
        : Promise.resolve([]),
    ])
    const vendorOfProduct = new Map<string, any>(products.map((product: any) => [product.id, product.vendor]))
    refuseInactiveVendors([...vendorOfProduct.values()].filter(Boolean))

    const parts = new Map<string, VendorPart>()
    const vendorOfProfile = new Map<string, string>()
    for (const item of items) {
      const vendor = vendorOfProduct.get(item.product_id)
      if (!vendor) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `"${item.product_title ?? item.title}" is not sold by any store on the marketplace; remove it from the cart to continue.`
        )
      }
      const part: VendorPart = parts.get(vendor.id) ?? {
        vendor_id: vendor.id,
        vendor_name: vendor.name,
        stock_location_id: vendor.stock_location?.id ?? null,
        item_ids: [],
        shipping_method_ids: [],
      }
      if (item.variant?.manage_inventory && !part.stock_location_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${vendor.name}" has no stock location to reserve "${item.title}" at.`)
      }
      part.item_ids.push(item.id)
      parts.set(vendor.id, part)
      const profileId = item.variant?.product?.shipping_profile?.id
      if (profileId && item.requires_shipping !== false) {
        vendorOfProfile.set(profileId, vendor.id)
      }
    }

    const profileOfOption = new Map(options.map((option) => [option.id, option.shipping_profile_id]))
    for (const method of methods) {
      const part = parts.get(vendorOfProfile.get(profileOfOption.get(method.shipping_option_id) ?? "") ?? "")
      if (!part) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The shipping method "${method.name}" is not a delivery option of any store in this cart; remove it to continue.`
        )
      }
      part.shipping_method_ids.push(method.id)
    }
    const covered = new Set([...profileOfOption.values()])
    const unserved = [...vendorOfProfile.entries()].filter(([profileId]) => !covered.has(profileId))
    if (unserved.length) {
      throw missingDeliveryError([...new Set(unserved.map(([, vendorId]) => parts.get(vendorId)!.vendor_name))])
    }
    return new StepResponse([...parts.values()])
  }
)

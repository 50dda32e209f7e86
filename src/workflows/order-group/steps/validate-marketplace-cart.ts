import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertVendorsCanSell } from "../../hooks/vendor-availability"
import { assertEveryVendorHasShipping } from "../../hooks/vendor-shipping-methods"
import type { VendorPart } from "../split-cart-by-vendor"

export const validateMarketplaceCartStepId = "validate-marketplace-cart"

/**
 * Checks that every line is sold by an active vendor and every vendor has a
 * delivery choice, and answers which lines and shipping methods go to which
 * vendor's order, with the location its stock is reserved at. Writes nothing.
 */
export const validateMarketplaceCartStep = createStep(
  validateMarketplaceCartStepId,
  async ({ cart }: { cart: any }, { container }) => {
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cart ${cart.id} is already completed.`)
    }
    const items: any[] = cart.items ?? []
    await assertVendorsCanSell(container, items.map((item) => item.variant_id))
    await assertEveryVendorHasShipping(container, cart)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))]
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "vendor.id", "vendor.name", "vendor.stock_location.id"],
      filters: { id: productIds },
    })
    const vendorOfProduct = new Map<string, any>(products.map((product: any) => [product.id, product.vendor]))

    const parts = new Map<string, VendorPart>()
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
    }

    const methods: any[] = cart.shipping_methods ?? []
    const optionIds = methods.map((method) => method.shipping_option_id).filter(Boolean)
    const options = optionIds.length
      ? await container.resolve(Modules.FULFILLMENT).listShippingOptions({ id: optionIds }, { select: ["id", "shipping_profile_id"] })
      : []
    const profileOfOption = new Map(options.map((option) => [option.id, option.shipping_profile_id]))
    const { data: profiles } = profileOfOption.size
      ? await query.graph({
          entity: "shipping_profile",
          fields: ["id", "vendor.id"],
          filters: { id: [...new Set(profileOfOption.values())] },
        })
      : { data: [] as any[] }
    const vendorOfProfile = new Map<string, string | undefined>(profiles.map((profile: any) => [profile.id, profile.vendor?.id]))
    for (const method of methods) {
      const vendorId = vendorOfProfile.get(profileOfOption.get(method.shipping_option_id) ?? "")
      const part = vendorId ? parts.get(vendorId) : undefined
      if (!part) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The shipping method "${method.name}" is not a delivery option of any store in this cart; remove it to continue.`
        )
      }
      part.shipping_method_ids.push(method.id)
    }
    return new StepResponse([...parts.values()])
  }
)

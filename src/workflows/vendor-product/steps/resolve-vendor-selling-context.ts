import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Where a vendor's product is sold from: its stock location, the marketplace
 * sales channel (only while the vendor is active) and the vendor's shipping profile.
 */
export const resolveVendorSellingContextStep = createStep(
  "resolve-vendor-selling-context",
  async (input: { vendor_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [found],
    } = await query.graph({
      entity: "vendor",
      fields: ["id", "status", "stock_location.id", "shipping_profile.id"],
      filters: { id: input.vendor_id },
    })
    const vendor = found as any
    if (!vendor?.stock_location?.id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor ${input.vendor_id} has no stock location`)
    }
    const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"], take: 1 })
    // Vendors registered before they had a profile of their own ship under the default one.
    const [defaultProfile] = vendor.shipping_profile?.id
      ? []
      : await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"], take: 1 })
    return new StepResponse({
      vendor_status: vendor.status as string,
      location_id: vendor.stock_location.id as string,
      sales_channel_id: vendor.status === "active" ? store?.default_sales_channel_id ?? null : null,
      shipping_profile_id: (vendor.shipping_profile?.id as string | undefined) ?? defaultProfile?.id ?? null,
    })
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

export type LowStockVariant = {
  vendor_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  available_quantity: number
  threshold: number
}

/**
 * Of the given variants, those whose stock at their vendor's own location is
 * at or under the vendor's threshold. Reads only.
 */
export const findLowStockVariantsStep = createStep(
  "find-low-stock-variants",
  async (input: { variant_ids: string[] }, { container }) => {
    if (!input.variant_ids.length) {
      return new StepResponse([] as LowStockVariant[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "manage_inventory",
        "product.vendor.id",
        "product.vendor.stock_location.id",
        "inventory_items.inventory.id",
        "inventory_items.inventory.metadata",
        "inventory_items.inventory.location_levels.location_id",
        "inventory_items.inventory.location_levels.stocked_quantity",
        "inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: input.variant_ids },
    })
    const low: LowStockVariant[] = []
    for (const variant of variants as any[]) {
      const vendor = variant.product?.vendor
      const inventory = variant.inventory_items?.[0]?.inventory
      const threshold = inventory?.metadata?.low_stock_threshold
      const locationId = vendor?.stock_location?.id
      if (!variant.manage_inventory || !vendor || !inventory || typeof threshold !== "number" || !locationId) {
        continue
      }
      const level = (inventory.location_levels ?? []).find((l: any) => l.location_id === locationId)
      if (!level) {
        continue
      }
      const available = MathBN.convert(level.stocked_quantity).minus(MathBN.convert(level.reserved_quantity)).toNumber()
      if (available <= threshold) {
        low.push({
          vendor_id: vendor.id,
          variant_id: variant.id,
          inventory_item_id: inventory.id,
          location_id: locationId,
          available_quantity: available,
          threshold,
        })
      }
    }
    return new StepResponse(low)
  }
)

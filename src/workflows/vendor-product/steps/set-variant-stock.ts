import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"

export type SetVariantStockInput = {
  variant_id: string
  location_id: string
  stocked_quantity: number
  low_stock_threshold?: number | null
}

/**
 * Sets a variant's stock at the vendor's location (creating the level if the
 * variant had none there) and its low-stock threshold, kept on the inventory
 * item. Undone by restoring the previous quantity and threshold.
 */
export const setVariantStockStep = createStep(
  "set-variant-stock",
  async (input: SetVariantStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.inventory.metadata"],
      filters: { id: input.variant_id },
    })
    const link = variant?.inventory_items?.[0]
    if (!variant?.manage_inventory || !link) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${input.variant_id} does not track stock; create it with manage_inventory: true`
      )
    }
    const itemId = link.inventory_item_id as string
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: input.location_id })
    const previousMetadata = (link.inventory?.metadata ?? {}) as Record<string, unknown>

    let updated
    if (level) {
      ;[updated] = await inventory.updateInventoryLevels([
        { inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: input.stocked_quantity },
      ])
    } else {
      updated = await inventory.createInventoryLevels({
        inventory_item_id: itemId,
        location_id: input.location_id,
        stocked_quantity: input.stocked_quantity,
      })
    }
    const threshold =
      input.low_stock_threshold === undefined
        ? ((previousMetadata.low_stock_threshold as number | undefined) ?? null)
        : input.low_stock_threshold
    if (input.low_stock_threshold !== undefined) {
      await inventory.updateInventoryItems({
        id: itemId,
        metadata: { ...previousMetadata, low_stock_threshold: input.low_stock_threshold },
      })
    }

    const available = MathBN.convert(updated.stocked_quantity).minus(MathBN.convert(updated.reserved_quantity)).toNumber()
    return new StepResponse(
      { inventory_item_id: itemId, stocked_quantity: input.stocked_quantity, available_quantity: available, low_stock_threshold: threshold },
      {
        inventory_item_id: itemId,
        location_id: input.location_id,
        previous_quantity: level ? Number(level.stocked_quantity) : null,
        previous_metadata: input.low_stock_threshold === undefined ? null : previousMetadata,
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.previous_quantity === null) {
      await inventory.deleteInventoryLevels({ inventory_item_id: undo.inventory_item_id, location_id: undo.location_id } as any)
    } else {
      await inventory.updateInventoryLevels([
        { inventory_item_id: undo.inventory_item_id, location_id: undo.location_id, stocked_quantity: undo.previous_quantity },
      ])
    }
    if (undo.previous_metadata) {
      await inventory.updateInventoryItems({ id: undo.inventory_item_id, metadata: undo.previous_metadata })
    }
  }
)

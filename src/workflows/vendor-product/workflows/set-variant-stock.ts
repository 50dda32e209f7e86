import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { resolveVendorSellingContextStep } from "../steps/resolve-vendor-selling-context"
import { setVariantStockStep } from "../steps/set-variant-stock"
import { DaraaEvents } from "../../../events"

export type SetVariantStockWorkflowInput = {
  vendor_id: string
  variant_id: string
  stocked_quantity: number
  low_stock_threshold?: number | null
}

export const setVariantStockWorkflowId = "set-variant-stock"

/** Stock at the vendor's own location; at or under its threshold it emits `vendor.stock_low`. */
export const setVariantStockWorkflow = createWorkflow(setVariantStockWorkflowId, (input: SetVariantStockWorkflowInput) => {
  const context = resolveVendorSellingContextStep({ vendor_id: input.vendor_id })
  const stock = setVariantStockStep(
    transform({ input, context }, ({ input, context }) => ({
      variant_id: input.variant_id,
      location_id: context.location_id,
      stocked_quantity: input.stocked_quantity,
      low_stock_threshold: input.low_stock_threshold,
    }))
  )
  when({ stock }, ({ stock }) => stock.low_stock_threshold !== null && stock.available_quantity <= stock.low_stock_threshold).then(() => {
    emitEventStep({
      eventName: DaraaEvents.VENDOR_STOCK_LOW,
      data: transform({ input, stock, context }, ({ input, stock, context }) => ({
        vendor_id: input.vendor_id,
        variant_id: input.variant_id,
        inventory_item_id: stock.inventory_item_id,
        location_id: context.location_id,
        available_quantity: stock.available_quantity,
        threshold: stock.low_stock_threshold,
      })),
    })
  })
  return new WorkflowResponse(stock)
})

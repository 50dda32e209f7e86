import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { resolveVendorSellingContextStep } from "../steps/resolve-vendor-selling-context"

export type CreateVendorVariantWorkflowInput = {
  vendor_id: string
  product_id: string
  variant: {
    title: string
    sku?: string
    options?: Record<string, string>
    prices: { amount: number; currency_code: string }[]
    manage_inventory: boolean
    allow_backorder?: boolean
  }
  stock_quantity?: number
}

export const createVendorVariantWorkflowId = "create-vendor-variant"

/** A new variant of a vendor's product, stocked at the vendor's own location. */
export const createVendorVariantWorkflow = createWorkflow(createVendorVariantWorkflowId, (input: CreateVendorVariantWorkflowInput) => {
  const context = resolveVendorSellingContextStep({ vendor_id: input.vendor_id })
  const variants = createProductVariantsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      product_variants: [{ ...input.variant, product_id: input.product_id }],
    })),
  })
  const { data: created } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: transform({ variants }, ({ variants }) => ({ id: variants[0].id })),
  }).config({ name: "retrieve-created-variant" })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ input, context, created }, ({ input, context, created }) => ({
      inventory_levels: (created[0]?.inventory_items ?? []).map((item: any) => ({
        inventory_item_id: item.inventory_item_id,
        location_id: context.location_id,
        stocked_quantity: input.stock_quantity ?? 0,
      })),
    })),
  })
  return new WorkflowResponse(transform({ variants }, ({ variants }) => variants[0]))
})

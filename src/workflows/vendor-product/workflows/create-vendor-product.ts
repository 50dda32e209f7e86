import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import { resolveVendorSellingContextStep } from "../steps/resolve-vendor-selling-context"
import { validateVendorProductInputStep } from "../steps/validate-vendor-product-input"

export type CreateVendorProductWorkflowInput = {
  vendor_id: string
  product: Omit<CreateProductWorkflowInputDTO, "sales_channels" | "shipping_profile_id">
  // Units in stock at the vendor's location, by variant SKU or title.
  stock: { variant: string; quantity: number }[]
}

export const createVendorProductWorkflowId = "create-vendor-product"

/**
 * A product of the vendor's, through Medusa's product workflow: linked to the
 * vendor, stocked at the vendor's own location, and in the marketplace sales
 * channel only if the vendor is active.
 */
export const createVendorProductWorkflow = createWorkflow(
  createVendorProductWorkflowId,
  (input: CreateVendorProductWorkflowInput) => {
    validateVendorProductInputStep({
      handle: input.product.handle,
      category_ids: input.product.category_ids,
    })
    const context = resolveVendorSellingContextStep({ vendor_id: input.vendor_id })

    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, context }, ({ input, context }) => ({
        products: [
          {
            ...input.product,
            shipping_profile_id: context.shipping_profile_id ?? undefined,
            sales_channels: context.sales_channel_id ? [{ id: context.sales_channel_id }] : [],
          },
        ],
      })),
    })

    createRemoteLinkStep(
      transform({ input, products }, ({ input, products }) => [
        {
          [VENDOR_MODULE]: { vendor_id: input.vendor_id },
          [Modules.PRODUCT]: { product_id: products[0].id },
        },
      ])
    )

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "sku", "title", "manage_inventory", "inventory_items.inventory_item_id"],
      filters: transform({ products }, ({ products }) => ({ product_id: products[0].id })),
    }).config({ name: "retrieve-created-variants" })

    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, context, variants }, ({ input, context, variants }) => ({
        inventory_levels: variants.flatMap((variant: any) =>
          (variant.inventory_items ?? []).map((item: any) => ({
            inventory_item_id: item.inventory_item_id,
            location_id: context.location_id,
            stocked_quantity:
              input.stock.find((s) => s.variant === variant.sku || s.variant === variant.title)?.quantity ?? 0,
          }))
        ),
      })),
    })

    const vendorProductCreated = createHook("vendorProductCreated", { vendor_id: input.vendor_id, product: products[0] })
    return new WorkflowResponse(
      transform({ products }, ({ products }) => products[0]),
      { hooks: [vendorProductCreated] }
    )
  }
)

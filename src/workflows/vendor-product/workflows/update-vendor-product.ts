import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { validateVendorProductInputStep } from "../steps/validate-vendor-product-input"

export type UpdateVendorProductWorkflowInput = {
  product_id: string
  update: Omit<UpdateProductWorkflowInputDTO, "sales_channels" | "shipping_profile_id" | "variants">
}

export const updateVendorProductWorkflowId = "update-vendor-product"

export const updateVendorProductWorkflow = createWorkflow(
  updateVendorProductWorkflowId,
  (input: UpdateVendorProductWorkflowInput) => {
    validateVendorProductInputStep({
      product_id: input.product_id,
      handle: input.update.handle,
      category_ids: input.update.category_ids,
    })
    const products = updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: input.update })),
    })
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
  }
)

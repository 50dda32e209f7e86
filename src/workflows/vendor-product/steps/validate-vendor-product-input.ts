import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export type ValidateVendorProductInput = {
  handle?: string | null
  category_ids?: string[] | null
  // The product being updated, whose own handle is not a clash.
  product_id?: string
}

/**
 * Categories belong to the platform: a vendor may only choose existing, active,
 * public ones. A handle already used by any product is a 409, not a database error.
 */
export const validateVendorProductInputStep = createStep(
  "validate-vendor-product-input",
  async (input: ValidateVendorProductInput, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    if (input.category_ids?.length) {
      const found = await products.listProductCategories(
        { id: input.category_ids, is_active: true, is_internal: false },
        { select: ["id"] }
      )
      const missing = input.category_ids.filter((id) => !found.some((category) => category.id === id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `category_ids has categories that do not exist or are not open to vendors: ${missing.join(", ")}`
        )
      }
    }
    if (input.handle) {
      const [clash] = await products.listProducts({ handle: input.handle }, { select: ["id"], take: 1, withDeleted: true })
      if (clash && clash.id !== input.product_id) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `A product with the handle "${input.handle}" already exists; choose another handle.`
        )
      }
    }
    return new StepResponse(undefined)
  }
)

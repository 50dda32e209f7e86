import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

/** A rule may only name a vendor and a category that exist. */
export const validateCommissionRuleTargetsStep = createStep(
  "validate-commission-rule-targets",
  async (input: { vendor_id?: string | null; category_id?: string | null }, { container }) => {
    if (input.vendor_id) {
      const [vendor] = await container
        .resolve<VendorModuleService>(VENDOR_MODULE)
        .listVendors({ id: input.vendor_id }, { select: ["id"], take: 1 })
      if (!vendor) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `vendor_id ${input.vendor_id} is not a vendor`)
      }
    }
    if (input.category_id) {
      const [category] = await container
        .resolve(Modules.PRODUCT)
        .listProductCategories({ id: input.category_id }, { select: ["id"], take: 1 })
      if (!category) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `category_id ${input.category_id} is not a product category`)
      }
    }
    return new StepResponse(undefined)
  }
)

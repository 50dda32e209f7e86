import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { nextVendorStatus, type VendorAction, type VendorStatus } from "../../../modules/vendor/status"

/** Answers the vendor's current and next status, or a 409 when the action is not allowed now. */
export const validateVendorTransitionStep = createStep(
  "validate-vendor-transition",
  async (input: { vendor_id: string; action: VendorAction }, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const [vendor] = await vendors.listVendors({ id: input.vendor_id }, { select: ["id", "status"], take: 1 })
    if (!vendor) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor with id: ${input.vendor_id} was not found`)
    }
    const from = vendor.status as VendorStatus
    return new StepResponse({ from, to: nextVendorStatus(from, input.action) })
  }
)

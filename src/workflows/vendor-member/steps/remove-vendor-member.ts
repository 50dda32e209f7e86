import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

/** Soft-deletes a member: their token stops working at once. The owner cannot be removed. */
export const removeVendorMemberStep = createStep(
  "remove-vendor-member",
  async (memberId: string, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const member = await vendors.retrieveVendorMember(memberId)
    if (member.role === "owner") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The owner cannot be removed from the vendor.")
    }
    await vendors.softDeleteVendorMembers(memberId)
    return new StepResponse(undefined, memberId)
  },
  async (memberId, { container }) => {
    if (!memberId) {
      return
    }
    await container.resolve<VendorModuleService>(VENDOR_MODULE).restoreVendorMembers(memberId)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const ALREADY_ACCEPTED = "This invite has already been accepted; log in instead."

/**
 * Marks the invite accepted before the member is made, as a compare-and-set:
 * of several acceptances at once only one gets past here, the others are a 409.
 */
export const claimVendorInviteStep = createStep(
  "claim-vendor-invite",
  async (inviteId: string, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    if (!(await vendors.claimVendorInvite(inviteId))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, ALREADY_ACCEPTED)
    }
    return new StepResponse(undefined, inviteId)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    await container.resolve<VendorModuleService>(VENDOR_MODULE).updateVendorInvites({ id: inviteId, accepted_at: null })
  }
)

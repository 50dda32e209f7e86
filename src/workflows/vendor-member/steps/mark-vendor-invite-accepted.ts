import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const markVendorInviteAcceptedStep = createStep(
  "mark-vendor-invite-accepted",
  async (inviteId: string, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    await vendors.updateVendorInvites({ id: inviteId, accepted_at: new Date() })
    return new StepResponse(undefined, inviteId)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    await container.resolve<VendorModuleService>(VENDOR_MODULE).updateVendorInvites({ id: inviteId, accepted_at: null })
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type { VendorMemberLocale } from "../../../modules/vendor/models/vendor-member"
import type VendorModuleService from "../../../modules/vendor/service"

export type UpdateVendorMemberLocaleStepInput = { member_id: string; locale: VendorMemberLocale }

export const updateVendorMemberLocaleStep = createStep(
  "update-vendor-member-locale",
  async (input: UpdateVendorMemberLocaleStepInput, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const member = await vendors.retrieveVendorMember(input.member_id, { select: ["id", "locale"] })
    const updated = await vendors.updateVendorMembers({ id: member.id, locale: input.locale })
    return new StepResponse(updated, { member_id: member.id, locale: member.locale as VendorMemberLocale })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<VendorModuleService>(VENDOR_MODULE).updateVendorMembers({ id: previous.member_id, locale: previous.locale })
  }
)

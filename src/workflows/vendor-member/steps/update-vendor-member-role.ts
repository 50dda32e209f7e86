import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

/** A member's role; the owner's role is not for changing. */
export const updateVendorMemberRoleStep = createStep(
  "update-vendor-member-role",
  async (input: { member_id: string; role: "manager" | "staff" }, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const member = await vendors.retrieveVendorMember(input.member_id)
    if (member.role === "owner") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The owner's role cannot be changed.")
    }
    const updated = await vendors.updateVendorMembers({ id: member.id, role: input.role })
    return new StepResponse(updated, { id: member.id, role: member.role })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<VendorModuleService>(VENDOR_MODULE).updateVendorMembers(previous as any)
  }
)

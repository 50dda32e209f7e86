import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type { VendorMemberLocale } from "../../../modules/vendor/models/vendor-member"
import type VendorModuleService from "../../../modules/vendor/service"

export type CreateVendorMemberStepInput = {
  vendor_id: string
  role: "owner" | "manager" | "staff"
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  locale?: VendorMemberLocale
}

export const createVendorMemberStep = createStep(
  "create-vendor-member",
  async (input: CreateVendorMemberStepInput, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const member = await vendors.createVendorMembers({
      vendor_id: input.vendor_id,
      role: input.role,
      email: input.email.toLowerCase(),
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
      phone: input.phone ?? null,
      ...(input.locale ? { locale: input.locale } : {}),
    })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) {
      return
    }
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    await vendors.deleteVendorMembers(memberId)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type UpdateVendorStepInput = { id: string; update: Record<string, unknown> }

export const updateVendorStep = createStep(
  "update-vendor",
  async ({ id, update }: UpdateVendorStepInput, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const fields = Object.keys(update)
    const previous = await vendors.retrieveVendor(id, { select: ["id", ...fields] })
    const vendor = await vendors.updateVendors({ id, ...update })
    return new StepResponse(vendor, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    await vendors.updateVendors(previous as any)
  }
)

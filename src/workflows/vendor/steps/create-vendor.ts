import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type CreateVendorStepInput = {
  handle: string
  name: string
  description?: string | null
  email: string
  phone: string
  address_1: string
  city: string
  country_code: string
  postal_code?: string | null
  latitude: number
  longitude: number
  opening_hours?: Record<string, unknown> | null
}

export const createVendorStep = createStep(
  "create-vendor",
  async (input: CreateVendorStepInput, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const vendor = await vendors.createVendors({ ...input, status: "pending" })
    return new StepResponse(vendor, vendor.id)
  },
  async (vendorId, { container }) => {
    if (!vendorId) {
      return
    }
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    await vendors.deleteVendors(vendorId)
  }
)

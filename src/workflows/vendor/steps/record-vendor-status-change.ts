import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import type { VendorAction } from "../../../modules/vendor/status"

export type RecordVendorStatusChangeInput = {
  vendor_id: string
  action: VendorAction
  from_status: string
  to_status: string
  reason: string | null
  actor_type: string
  actor_id: string
}

export const recordVendorStatusChangeStep = createStep(
  "record-vendor-status-change",
  async (input: RecordVendorStatusChangeInput, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const change = await vendors.createVendorStatusChanges(input)
    return new StepResponse(change, change.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    await vendors.deleteVendorStatusChanges(id)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

/** The flat delivery fee a new vendor starts with (VENDOR_DELIVERY_FEE). */
export const resolveVendorDeliveryFeesStep = createStep("resolve-vendor-delivery-fees", async (_: void, { container }) => {
  return new StepResponse(container.resolve<VendorModuleService>(VENDOR_MODULE).deliveryFees())
})

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { createVendorFulfillmentStep, type CreateVendorFulfillmentInput } from "../steps/create-vendor-fulfillment"
import { vendorDeliveryOptionInput } from "../vendor-delivery-option"

export type SetUpVendorShippingWorkflowInput = CreateVendorFulfillmentInput

export const setUpVendorShippingWorkflowId = "set-up-vendor-shipping"

/**
 * A vendor's own shipping profile and its "Delivery by <vendor>" option from
 * its stock location, priced at checkout by `daraa-delivery` from the vendor's
 * location to the address (docs/delivery.md).
 */
export const setUpVendorShippingWorkflow = createWorkflow(setUpVendorShippingWorkflowId, (input: SetUpVendorShippingWorkflowInput) => {
  const fulfillment = createVendorFulfillmentStep(input)
  const options = createShippingOptionsWorkflow.runAsStep({
    input: transform({ input, fulfillment }, ({ input, fulfillment }) => [
      vendorDeliveryOptionInput({
        vendor_id: input.vendor_id,
        vendor_name: input.vendor_name,
        service_zone_id: fulfillment.service_zone_id,
        shipping_profile_id: fulfillment.shipping_profile_id,
      }),
    ]),
  })
  return new WorkflowResponse({ ...fulfillment, shipping_option: transform({ options }, ({ options }) => options[0]) } as any)
})

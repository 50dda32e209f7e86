import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { createVendorFulfillmentStep, type CreateVendorFulfillmentInput } from "../steps/create-vendor-fulfillment"

export type SetUpVendorShippingWorkflowInput = CreateVendorFulfillmentInput & {
  // The flat delivery fee per currency, in main units: { syp: 100, usd: 1 }.
  delivery_fees: Record<string, number>
}

export const setUpVendorShippingWorkflowId = "set-up-vendor-shipping"

/**
 * A vendor's own shipping profile and a flat-rate "Delivery by <vendor>"
 * option from its stock location, until delivery priced by zone replaces it.
 */
export const setUpVendorShippingWorkflow = createWorkflow(setUpVendorShippingWorkflowId, (input: SetUpVendorShippingWorkflowInput) => {
  const fulfillment = createVendorFulfillmentStep(input)
  const options = createShippingOptionsWorkflow.runAsStep({
    input: transform({ input, fulfillment }, ({ input, fulfillment }) => [
      {
        name: `Delivery by ${input.vendor_name}`,
        price_type: "flat" as const,
        provider_id: fulfillment.provider_id,
        service_zone_id: fulfillment.service_zone_id,
        shipping_profile_id: fulfillment.shipping_profile_id,
        type: { label: "Vendor delivery", description: "Delivered from the store.", code: "vendor-delivery" },
        prices: Object.entries(input.delivery_fees).map(([currency_code, amount]) => ({ currency_code, amount })),
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      },
    ]),
  })
  return new WorkflowResponse({ ...fulfillment, shipping_option: transform({ options }, ({ options }) => options[0]) } as any)
})

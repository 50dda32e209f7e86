import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DARAA_DELIVERY_PROVIDER_ID } from "../../../modules/fulfillment-daraa-delivery"
import { VENDOR_MODULE } from "../../../modules/vendor"

export type CreateVendorFulfillmentInput = {
  vendor_id: string
  vendor_handle: string
  vendor_name: string
  location_id: string
  country_code: string
}

const PROVIDER_ID = DARAA_DELIVERY_PROVIDER_ID

/**
 * What a vendor ships with: its own shipping profile, and a fulfillment set at
 * its stock location serving its country through `daraa-delivery`.
 */
export const createVendorFulfillmentStep = createStep(
  "create-vendor-fulfillment",
  async (input: CreateVendorFulfillmentInput, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const [profile] = await fulfillment.createShippingProfiles([{ name: `vendor:${input.vendor_handle}`, type: "vendor" }])
    const fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: `${input.vendor_name} delivery (${input.vendor_id})`,
      type: "shipping",
      service_zones: [
        {
          // Service zone names are unique platform-wide; two stores may share a name.
          name: `${input.vendor_name} delivery area (${input.vendor_id})`,
          geo_zones: [{ type: "country", country_code: input.country_code.toLowerCase() }],
        },
      ],
    })
    const links: LinkDefinition[] = [
      { [VENDOR_MODULE]: { vendor_id: input.vendor_id }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: PROVIDER_ID } },
    ]
    await link.create(links)
    return new StepResponse(
      {
        shipping_profile_id: profile.id,
        service_zone_id: fulfillmentSet.service_zones[0].id,
        provider_id: PROVIDER_ID,
      },
      { profile_id: profile.id, fulfillment_set_id: fulfillmentSet.id, links }
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    await fulfillment.deleteFulfillmentSets([created.fulfillment_set_id])
    await fulfillment.deleteShippingProfiles([created.profile_id])
  }
)

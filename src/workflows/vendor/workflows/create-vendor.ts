import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  associateLocationsWithSalesChannelsStep,
  createRemoteLinkStep,
  createStockLocationsWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type { VendorMemberLocale } from "../../../modules/vendor/models/vendor-member"
import { createVendorStep, type CreateVendorStepInput } from "../steps/create-vendor"
import { createVendorMemberStep } from "../steps/create-vendor-member"
import { linkVendorMemberLoginStep } from "../steps/link-vendor-member-login"
import { resolveMarketplaceSalesChannelStep } from "../steps/resolve-marketplace-sales-channel"
import { changeVendorStatusWorkflow } from "./change-vendor-status"
import { setUpVendorShippingWorkflow } from "./set-up-vendor-shipping"
import { validateVendorRegistrationStep } from "../steps/validate-vendor-registration"
import { DaraaEvents } from "../../../events"

export type CreateVendorWorkflowInput = {
  auth_identity_id: string
  vendor: CreateVendorStepInput
  member: { first_name: string; last_name: string; locale?: VendorMemberLocale }
  /**
   * Approve the vendor in the same run (the demo seed does): it never waits
   * for review, so admins are never told it does. Recorded in its status
   * history as any approval, with this actor.
   */
  approve?: { actor_type: string; actor_id: string } | null
}

export const createVendorWorkflowId = "create-vendor"

/**
 * Registration: a pending vendor, its owner (the registering login), a stock
 * location at the vendor's address in the marketplace sales channel, and the
 * vendor's own shipping profile with a flat-rate delivery option.
 */
export const createVendorWorkflow = createWorkflow(
  createVendorWorkflowId,
  (input: CreateVendorWorkflowInput) => {
    validateVendorRegistrationStep({
      auth_identity_id: input.auth_identity_id,
      handle: input.vendor.handle,
    })
    const salesChannelId = resolveMarketplaceSalesChannelStep()

    const vendor = createVendorStep(input.vendor)
    const member = createVendorMemberStep(
      transform({ input, vendor }, ({ input, vendor }) => ({
        vendor_id: vendor.id,
        role: "owner" as const,
        email: input.vendor.email,
        first_name: input.member.first_name,
        last_name: input.member.last_name,
        phone: input.vendor.phone,
        locale: input.member.locale,
      }))
    )

    const locations = createStockLocationsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        locations: [
          {
            name: input.vendor.name,
            address: {
              address_1: input.vendor.address_1,
              city: input.vendor.city,
              country_code: input.vendor.country_code.toUpperCase(),
              postal_code: input.vendor.postal_code ?? undefined,
              phone: input.vendor.phone,
            },
            metadata: { latitude: input.vendor.latitude, longitude: input.vendor.longitude },
          },
        ],
      })),
    })

    createRemoteLinkStep(
      transform({ vendor, locations }, ({ vendor, locations }) => [
        {
          [VENDOR_MODULE]: { vendor_id: vendor.id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        },
      ])
    )
    associateLocationsWithSalesChannelsStep({
      links: transform({ locations, salesChannelId }, ({ locations, salesChannelId }) => [
        { location_id: locations[0].id, sales_channel_id: salesChannelId },
      ]),
    })

    setUpVendorShippingWorkflow.runAsStep({
      input: transform({ input, vendor, locations }, ({ input, vendor, locations }) => ({
        vendor_id: vendor.id,
        vendor_handle: vendor.handle,
        vendor_name: vendor.name,
        location_id: locations[0].id,
        country_code: input.vendor.country_code,
      })),
    })

    linkVendorMemberLoginStep({ auth_identity_id: input.auth_identity_id, member_id: member.id })

    when("vendor-approved-at-creation", { input }, ({ input }) => !!input.approve).then(() => {
      changeVendorStatusWorkflow.runAsStep({
        input: transform({ input, vendor }, ({ input, vendor }) => ({
          vendor_id: vendor.id,
          action: "approve" as const,
          actor_type: input.approve!.actor_type,
          actor_id: input.approve!.actor_id,
        })),
      })
    })

    emitEventStep({
      eventName: DaraaEvents.VENDOR_CREATED,
      data: transform({ vendor }, ({ vendor }) => ({ id: vendor.id })),
    })

    const vendorCreated = createHook("vendorCreated", { vendor, member })
    return new WorkflowResponse({ vendor, member }, { hooks: [vendorCreated] })
  }
)

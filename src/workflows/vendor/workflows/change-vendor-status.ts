import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  associateProductsWithSalesChannelsStep,
  detachProductsFromSalesChannelsStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { VENDOR_EVENTS, type VendorAction } from "../../../modules/vendor/status"
import { recordVendorStatusChangeStep } from "../steps/record-vendor-status-change"
import { resolveMarketplaceSalesChannelStep } from "../steps/resolve-marketplace-sales-channel"
import { updateVendorStep } from "../steps/update-vendor"
import { validateVendorTransitionStep } from "../steps/validate-vendor-transition"

export type ChangeVendorStatusWorkflowInput = {
  vendor_id: string
  action: VendorAction
  reason?: string | null
  actor_type: string
  actor_id: string
}

export const changeVendorStatusWorkflowId = "change-vendor-status"

/**
 * Approve, reject, suspend or reinstate. A vendor's products are in the
 * marketplace sales channel exactly while it is active, which is what hides
 * them from customers and carts the moment it stops being active.
 */
export const changeVendorStatusWorkflow = createWorkflow(
  changeVendorStatusWorkflowId,
  (input: ChangeVendorStatusWorkflowInput) => {
    const transition = validateVendorTransitionStep({ vendor_id: input.vendor_id, action: input.action })
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "products.id"],
      filters: { id: input.vendor_id },
    })
    const salesChannelId = resolveMarketplaceSalesChannelStep()

    updateVendorStep(
      transform({ input, transition }, ({ input, transition }) => ({
        id: input.vendor_id,
        update: { status: transition.to },
      }))
    )
    recordVendorStatusChangeStep(
      transform({ input, transition }, ({ input, transition }) => ({
        vendor_id: input.vendor_id,
        action: input.action,
        from_status: transition.from,
        to_status: transition.to,
        reason: input.reason ?? null,
        actor_type: input.actor_type,
        actor_id: input.actor_id,
      }))
    )

    const links = transform({ vendors, salesChannelId }, ({ vendors, salesChannelId }) =>
      (vendors[0]?.products ?? []).filter(Boolean).map((product: any) => ({
        product_id: product.id as string,
        sales_channel_id: salesChannelId,
      }))
    )
    when({ transition, links }, ({ transition, links }) => transition.to === "active" && links.length > 0).then(() => {
      associateProductsWithSalesChannelsStep({ links })
    })
    when({ transition, links }, ({ transition, links }) => transition.from === "active" && links.length > 0).then(() => {
      detachProductsFromSalesChannelsStep({ links })
    })

    emitEventStep({
      eventName: transform({ input }, ({ input }) => VENDOR_EVENTS[input.action]),
      data: transform({ input }, ({ input }) => ({ id: input.vendor_id, reason: input.reason ?? null })),
    })

    const vendorStatusChanged = createHook("vendorStatusChanged", { input, transition })
    return new WorkflowResponse(transition, { hooks: [vendorStatusChanged] })
  }
)

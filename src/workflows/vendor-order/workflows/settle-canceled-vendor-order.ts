import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VENDOR_ORDER_EVENTS } from "../../../modules/order-group/vendor-order-status"
import { closeCanceledVendorOrderStep } from "../steps/close-canceled-vendor-order"
import { refundVendorOrderWorkflow } from "./refund-vendor-order"

export type SettleCanceledVendorOrderWorkflowInput = { order_id: string; canceled_by?: string | null }

export const settleCanceledVendorOrderWorkflowId = "settle-canceled-vendor-order"

/** Why an order canceled outside the vendor order routes was closed. */
export const CANCELED_BY_PLATFORM_REASON = "Cancelled by the platform"

/**
 * What follows the cancel of a vendor's Medusa order, whoever canceled it: the
 * vendor order leaves its flow (unless the reject or cancel that canceled it
 * already moved it) and the order's share of the group's payment is refunded.
 * It runs from the `orderCanceled` hook of Medusa's `cancelOrderWorkflow`, so
 * Medusa's own admin cancel refunds a vendor order exactly as the vendor
 * order routes do.
 */
export const settleCanceledVendorOrderWorkflow = createWorkflow(
  settleCanceledVendorOrderWorkflowId,
  (input: SettleCanceledVendorOrderWorkflowInput) => {
    const transition = closeCanceledVendorOrderStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, reason: CANCELED_BY_PLATFORM_REASON }))
    )
    const refund = refundVendorOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, created_by: input.canceled_by ?? null })),
    })
    when("vendor-order-closed-by-cancel", { transition }, ({ transition }) => !!transition).then(() => {
      emitEventStep({
        eventName: transform({ transition }, ({ transition }) =>
          transition!.to === "cancelled" ? VENDOR_ORDER_EVENTS.cancel : VENDOR_ORDER_EVENTS.reject
        ),
        data: transform({ transition }, ({ transition }) => ({
          id: transition!.order_id,
          vendor_id: transition!.vendor_id,
          reason: CANCELED_BY_PLATFORM_REASON,
        })),
      })
    })
    return new WorkflowResponse({ transition, refund })
  }
)

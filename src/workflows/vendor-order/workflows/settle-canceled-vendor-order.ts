import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { VENDOR_ORDER_EVENTS } from "../../../modules/order-group/vendor-order-status"
import { captureVendorOrderSharesStep } from "../steps/capture-vendor-order-shares"
import { closeCanceledVendorOrderStep } from "../steps/close-canceled-vendor-order"
import { recordVendorOrderRefundsWorkflow } from "./record-vendor-order-refunds"

export type SettleCanceledVendorOrderWorkflowInput = { order_id: string; canceled_by?: string | null }

export const settleCanceledVendorOrderWorkflowId = "settle-canceled-vendor-order"

/** Why an order canceled outside the vendor order routes was closed. */
export const CANCELED_BY_PLATFORM_REASON = "Cancelled by the platform"

/**
 * What follows the cancel of a vendor's Medusa order, whoever canceled it.
 * Medusa's cancel has already refunded the order's own payment if it was
 * captured (on the rail, through the rail provider of its payment) or released it
 * if not. Here the vendor order leaves its flow (unless the reject or cancel
 * that canceled it already moved it), and under the acceptance policy a
 * checkout whose last vendor just decided is captured.
 */
export const settleCanceledVendorOrderWorkflow = createWorkflow(
  settleCanceledVendorOrderWorkflowId,
  (input: SettleCanceledVendorOrderWorkflowInput) => {
    const transition = closeCanceledVendorOrderStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, reason: CANCELED_BY_PLATFORM_REASON }))
    )
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
    // Medusa's cancel refunded the order's own payment without announcing it.
    recordVendorOrderRefundsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
    const captured = captureVendorOrderSharesStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    emitEventStep({ eventName: DaraaEvents.VENDOR_ORDER_CAPTURED, data: captured }).config({ name: "emit-vendor-order-captured" })
    return new WorkflowResponse({ transition, captured })
  }
)

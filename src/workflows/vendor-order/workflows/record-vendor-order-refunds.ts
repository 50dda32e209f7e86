import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents, type DaraaEventPayload } from "../../../events"
import { recordVendorOrderRefundsStep } from "../steps/record-vendor-order-refunds"

export const recordVendorOrderRefundsWorkflowId = "record-vendor-order-refunds"

/**
 * After any refund on a payment (Medusa emits `payment.refunded` from its own
 * refund, which Daraa's partial refund uses) or a cancel (whose refunds Medusa
 * does not announce; the cancel's hook runs this with the order), records each new
 * refund of a vendor order's payment and emits `vendor_order.refunded` once
 * per refund, with its order and amount.
 */
export const recordVendorOrderRefundsWorkflow = createWorkflow(
  recordVendorOrderRefundsWorkflowId,
  (input: { payment_id?: string; order_id?: string }) => {
    const recorded = recordVendorOrderRefundsStep(input)
    emitEventStep({
      eventName: DaraaEvents.VENDOR_ORDER_REFUNDED,
      data: transform({ recorded }, ({ recorded }) =>
        recorded.map(
          (refund): DaraaEventPayload<typeof DaraaEvents.VENDOR_ORDER_REFUNDED> => ({
            order_id: refund.order_id,
            refund_id: refund.refund_id,
            amount: refund.amount,
            currency_code: refund.currency_code,
          })
        )
      ),
    })
    return new WorkflowResponse(recorded)
  }
)

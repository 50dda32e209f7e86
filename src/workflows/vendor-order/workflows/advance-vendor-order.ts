import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { VENDOR_ORDER_EVENTS } from "../../../modules/order-group/vendor-order-status"
import { captureVendorOrderSharesStep } from "../steps/capture-vendor-order-shares"
import { transitionVendorOrderStep } from "../steps/transition-vendor-order"

export type AdvanceVendorOrderWorkflowInput = {
  /** The Medusa order id, or `id`, the vendor order state's id. */
  order_id?: string
  id?: string
  /** When set, only this vendor's order: another vendor's answers 404. */
  vendor_id?: string
  action: "accept" | "prepare" | "ready"
}

export const advanceVendorOrderWorkflowId = "advance-vendor-order"

/**
 * The vendor moves its order forward: accept, start preparing, ready for
 * pickup. Emits `vendor_order.accepted`, `.preparing` or `.ready` with
 * `{id: order id, vendor_id}`; delivery starts from `vendor_order.ready`.
 * Accepting captures the order's share when `PAYMENT_CAPTURE=acceptance`
 * (`vendor_order.captured`); a failed capture undoes the accept.
 */
export const advanceVendorOrderWorkflow = createWorkflow(advanceVendorOrderWorkflowId, (input: AdvanceVendorOrderWorkflowInput) => {
  const transition = transitionVendorOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, id: input.id, vendor_id: input.vendor_id, action: input.action }))
  )
  when("accepting-captures", { input }, ({ input }) => input.action === "accept").then(() => {
    const captured = captureVendorOrderSharesStep(transform({ transition }, ({ transition }) => ({ order_id: transition.order_id })))
    emitEventStep({ eventName: DaraaEvents.VENDOR_ORDER_CAPTURED, data: captured }).config({ name: "emit-vendor-order-captured" })
  })
  emitEventStep({
    eventName: transform({ input }, ({ input }) => VENDOR_ORDER_EVENTS[input.action]),
    data: transform({ transition }, ({ transition }) => ({ id: transition.order_id, vendor_id: transition.vendor_id })),
  })
  return new WorkflowResponse(transition)
})

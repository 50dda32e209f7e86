import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VENDOR_ORDER_EVENTS } from "../../../modules/order-group/vendor-order-status"
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
 */
export const advanceVendorOrderWorkflow = createWorkflow(advanceVendorOrderWorkflowId, (input: AdvanceVendorOrderWorkflowInput) => {
  const transition = transitionVendorOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, id: input.id, vendor_id: input.vendor_id, action: input.action }))
  )
  emitEventStep({
    eventName: transform({ input }, ({ input }) => VENDOR_ORDER_EVENTS[input.action]),
    data: transform({ transition }, ({ transition }) => ({ id: transition.order_id, vendor_id: transition.vendor_id })),
  })
  return new WorkflowResponse(transition)
})

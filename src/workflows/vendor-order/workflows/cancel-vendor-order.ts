import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { VENDOR_ORDER_EVENTS } from "../../../modules/order-group/vendor-order-status"
import { transitionVendorOrderStep } from "../steps/transition-vendor-order"
import { validateCustomerOrderStep } from "../steps/validate-customer-order"

export type CancelVendorOrderWorkflowInput = {
  order_id: string
  /** When set, only this customer's order: another customer's answers 404. */
  customer_id?: string | null
  reason?: string | null
}

export const cancelVendorOrderWorkflowId = "cancel-vendor-order"

/**
 * The customer calls off one vendor's order of a checkout, which the state
 * machine allows only until the vendor accepts. As with a rejection, the
 * vendor order moves first, then Medusa's `cancelOrderWorkflow` cancels the
 * order and its hook refunds the order's share; the other orders of the
 * checkout go on.
 */
export const cancelVendorOrderWorkflow = createWorkflow(cancelVendorOrderWorkflowId, (input: CancelVendorOrderWorkflowInput) => {
  validateCustomerOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, customer_id: input.customer_id ?? null })))
  const transition = transitionVendorOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, action: "cancel" as const, reason: input.reason ?? null }))
  )
  cancelOrderWorkflow.runAsStep({
    input: transform({ transition, input }, ({ transition, input }) => ({
      order_id: transition.order_id,
      canceled_by: input.customer_id ?? undefined,
    })),
  })
  emitEventStep({
    eventName: VENDOR_ORDER_EVENTS.cancel,
    data: transform({ transition, input }, ({ transition, input }) => ({
      id: transition.order_id,
      vendor_id: transition.vendor_id,
      reason: input.reason ?? null,
    })),
  })
  return new WorkflowResponse(transition)
})

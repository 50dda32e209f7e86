import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { VENDOR_ORDER_EVENTS, type VendorOrderStatus } from "../../../modules/order-group/vendor-order-status"
import { transitionVendorOrderStep } from "../steps/transition-vendor-order"

export type RejectVendorOrderWorkflowInput = {
  order_id?: string
  id?: string
  /** When set, only this vendor's order: another vendor's answers 404. */
  vendor_id?: string
  reason: string
  /** See `transitionVendorOrderStep`: the auto-reject job rejects only what is still pending. */
  only_from?: VendorOrderStatus[]
  /** Who closed it (a member, an admin user), kept on the refund. */
  actor_id?: string | null
}

export const rejectVendorOrderWorkflowId = "reject-vendor-order"

/**
 * The vendor declines its order (also the auto-reject job and an admin's
 * cancel). The vendor order moves first, atomically, so that a racing accept
 * or second reject gets a 409 before anything else happens; then Medusa's
 * `cancelOrderWorkflow` cancels the order and deletes its reservations, and
 * its `orderCanceled` hook refunds the order's share of the payment. A failure
 * there moves the vendor order back.
 */
export const rejectVendorOrderWorkflow = createWorkflow(rejectVendorOrderWorkflowId, (input: RejectVendorOrderWorkflowInput) => {
  const transition = transitionVendorOrderStep(
    transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      id: input.id,
      vendor_id: input.vendor_id,
      action: "reject" as const,
      reason: input.reason,
      only_from: input.only_from,
    }))
  )
  cancelOrderWorkflow.runAsStep({
    input: transform({ transition, input }, ({ transition, input }) => ({
      order_id: transition.order_id,
      canceled_by: input.actor_id ?? undefined,
    })),
  })
  emitEventStep({
    eventName: VENDOR_ORDER_EVENTS.reject,
    data: transform({ transition, input }, ({ transition, input }) => ({
      id: transition.order_id,
      vendor_id: transition.vendor_id,
      reason: input.reason,
      // Only the vendor's own routes name the vendor; the job and admins do not.
      rejected_by: input.vendor_id ? ("vendor" as const) : ("platform" as const),
    })),
  })
  return new WorkflowResponse(transition)
})

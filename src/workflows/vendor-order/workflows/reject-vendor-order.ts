import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { VENDOR_ORDER_EVENTS, type VendorOrderStatus } from "../../../modules/order-group/vendor-order-status"
import { vendorOrderPaymentLockKey } from "../locks"
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
 * `cancelOrderWorkflow` cancels the order, deletes its reservations and
 * refunds the order's own payment on the rail (or releases it when it was not
 * captured yet), under the order's money lock. A failure there moves the
 * vendor order back.
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
  const moneyLock = transform({ transition }, ({ transition }) => vendorOrderPaymentLockKey(transition.order_id))
  acquireLockStep({ key: moneyLock, timeout: 30, ttl: 120 })
  cancelOrderWorkflow.runAsStep({
    input: transform({ transition, input }, ({ transition, input }) => ({
      order_id: transition.order_id,
      canceled_by: input.actor_id ?? undefined,
    })),
  })
  releaseLockStep({ key: moneyLock })
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

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { VENDOR_ORDER_EVENTS } from "../../../modules/order-group/vendor-order-status"
import { vendorOrderPaymentLockKey } from "../locks"
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
 * order, refunding its own payment if captured or releasing it if not
 * (under the order's money lock); the other orders of the
 * checkout go on.
 */
export const cancelVendorOrderWorkflow = createWorkflow(cancelVendorOrderWorkflowId, (input: CancelVendorOrderWorkflowInput) => {
  validateCustomerOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, customer_id: input.customer_id ?? null })))
  const transition = transitionVendorOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, action: "cancel" as const, reason: input.reason ?? null }))
  )
  const moneyLock = transform({ transition }, ({ transition }) => vendorOrderPaymentLockKey(transition.order_id))
  acquireLockStep({ key: moneyLock, timeout: 30, ttl: 120 })
  cancelOrderWorkflow.runAsStep({
    input: transform({ transition, input }, ({ transition, input }) => ({
      order_id: transition.order_id,
      canceled_by: input.customer_id ?? undefined,
    })),
  })
  releaseLockStep({ key: moneyLock })
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

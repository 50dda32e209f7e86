import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { vendorOrderPaymentLockKey } from "../locks"
import { resolveVendorOrderPaymentStep } from "../steps/resolve-vendor-order-payment"

export type RefundVendorOrderWorkflowInput = {
  order_id: string
  amount: number
  created_by?: string | null
  note?: string | null
}

export const refundVendorOrderWorkflowId = "refund-vendor-order"

/**
 * Gives back part of one vendor order (a goodwill gesture, or the money of
 * items it took back): Medusa's own refund of the order's own payment, which
 * refunds that amount on the rail and records it on the order. It never
 * refunds more than the order still holds, read under the order's money lock.
 */
export const refundVendorOrderWorkflow = createWorkflow(refundVendorOrderWorkflowId, (input: RefundVendorOrderWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => vendorOrderPaymentLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const payment = resolveVendorOrderPaymentStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, refund_amount: input.amount }))
  )
  refundPaymentWorkflow.runAsStep({
    input: transform({ input, payment }, ({ input, payment }) => ({
      payment_id: payment.payment_id,
      amount: input.amount,
      created_by: input.created_by ?? undefined,
      note: input.note ?? undefined,
    })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(payment)
})

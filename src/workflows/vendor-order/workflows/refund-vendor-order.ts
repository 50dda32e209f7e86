import { MathBN, PaymentEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addOrderTransactionStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { calculateVendorOrderRefundStep } from "../steps/calculate-vendor-order-refund"
import { refundVendorOrderPaymentStep } from "../steps/refund-vendor-order-payment"

export type RefundVendorOrderWorkflowInput = {
  order_id: string
  created_by?: string | null
  /** Part of the share only (an admin's partial refund); the whole remaining share when absent. */
  amount?: number | null
  note?: string | null
}

export const refundVendorOrderWorkflowId = "refund-vendor-order"

/**
 * Gives back what one vendor order still holds of its group's one payment:
 * its captured share less what was refunded for it already, refunded on the
 * payment it was captured with, and recorded on the order as a `refund`
 * transaction so that its summary shows it.
 *
 * Refunds of one order run one at a time under a lock, and the share is read
 * inside it, so however many paths close an order at once it is refunded
 * once; a second run finds nothing left and refunds nothing.
 */
export const refundVendorOrderWorkflow = createWorkflow(refundVendorOrderWorkflowId, (input: RefundVendorOrderWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `vendor-order-refund:${input.order_id}`)
  // It usually runs inside the cancel workflow's hook, as a sub-workflow: lock there too.
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120, executeOnSubWorkflow: true })

  const refund = calculateVendorOrderRefundStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, requested_amount: input.amount ?? null }))
  )
  const created = when("refund-vendor-order-share", { refund }, ({ refund }) => MathBN.gt(refund.amount, 0)).then(() => {
    const made = refundVendorOrderPaymentStep(
      transform({ refund, input }, ({ refund, input }) => ({
        order_id: refund.order_id,
        payment_id: refund.payment_id,
        amount: refund.amount,
        known_refund_ids: refund.known_refund_ids,
        created_by: input.created_by ?? null,
        note: input.note ?? null,
      }))
    )
    // As Medusa's own refund workflow does, so that what reacts to refunds (commission) hears of this one.
    emitEventStep({
      eventName: PaymentEvents.REFUNDED,
      data: transform({ refund }, ({ refund }) => ({ id: refund.payment_id })),
    })
    return made
  })

  const transactions = transform({ refund, created }, ({ refund, created }) =>
    [...refund.unrecorded_refunds, ...(created ? [created] : [])].map((made) => ({
      order_id: refund.order_id,
      amount: MathBN.mult(made.amount, -1).toFixed(),
      currency_code: refund.currency_code,
      reference: "refund",
      reference_id: made.id,
    }))
  )
  addOrderTransactionStep(transactions)
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })

  return new WorkflowResponse(
    transform({ refund, created }, ({ refund, created }) => ({
      order_id: refund.order_id,
      refund_id: created?.id ?? null,
      amount: created?.amount ?? "0",
      currency_code: refund.currency_code,
    }))
  )
})

import { PaymentEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { recordWalletRefundStep } from "../../wallet/steps/record-wallet-refund"
import { vendorOrderPaymentLockKey } from "../locks"
import { resolveVendorOrderPaymentStep, type VendorOrderPaymentState } from "../steps/resolve-vendor-order-payment"

export type RefundDestination = "original" | "wallet"

export type RefundVendorOrderWorkflowInput = {
  order_id: string
  amount: number
  /** Where the money goes: back to the payment method (the default), or into the customer's wallet. */
  destination?: RefundDestination
  created_by?: string | null
  note?: string | null
}

export const refundVendorOrderWorkflowId = "refund-vendor-order"

/** Rails whose refunds always reach the wallet: the wallet itself, and cash, which no rail can send back. */
const WALLET_BOUND_RAILS = ["pp_wallet_wallet", "pp_cod_cod"]

/** True when the refund must be recorded without calling the rail, because its money goes to the wallet. */
export const refundsIntoWalletInstead = (payment: Pick<VendorOrderPaymentState, "provider_id">, destination?: RefundDestination) =>
  destination === "wallet" && !WALLET_BOUND_RAILS.includes(payment.provider_id)

/**
 * Gives back part of one vendor order (a goodwill gesture, or the money of
 * items it took back). To the original payment method: Medusa's own refund of
 * the order's own payment, which refunds that amount on the rail and records
 * it on the order. To the wallet: the same refund in Medusa's books, with the
 * money credited to the customer's wallet instead of the rail. It never
 * refunds more than the order still holds, read under the order's money lock.
 */
export const refundVendorOrderWorkflow = createWorkflow(refundVendorOrderWorkflowId, (input: RefundVendorOrderWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => vendorOrderPaymentLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const payment = resolveVendorOrderPaymentStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, refund_amount: input.amount }))
  )
  when("refund-on-the-rail", { input, payment }, ({ input, payment }) => !refundsIntoWalletInstead(payment, input.destination)).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ input, payment }, ({ input, payment }) => ({
        payment_id: payment.payment_id,
        amount: input.amount,
        created_by: input.created_by ?? undefined,
        note: input.note ?? undefined,
      })),
    })
  })
  when("refund-into-the-wallet", { input, payment }, ({ input, payment }) => refundsIntoWalletInstead(payment, input.destination)).then(() => {
    recordWalletRefundStep(
      transform({ input, payment }, ({ input, payment }) => ({
        order_id: input.order_id,
        payment_id: payment.payment_id,
        payment_collection_id: payment.payment_collection_id,
        currency_code: payment.currency_code,
        amount: input.amount,
        note: input.note ?? null,
        created_by: input.created_by ?? null,
      }))
    )
    emitEventStep({
      eventName: PaymentEvents.REFUNDED,
      data: transform({ payment }, ({ payment }) => ({ id: payment.payment_id })),
    }).config({ name: "emit-wallet-refund" })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(payment)
})

import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RefundVendorOrderPaymentStepInput = {
  order_id: string
  payment_id: string | null
  amount: string
  known_refund_ids: string[]
  created_by?: string | null
  note?: string | null
}

export const refundVendorOrderPaymentStepId = "refund-vendor-order-payment"

/**
 * Refunds one vendor order's share on the group's payment, tagged with the
 * order id so that the share calculation recognises it later.
 *
 * It has no compensation on purpose: money sent back through the provider
 * cannot be taken back (Medusa's own refund step has none either), so it runs
 * last but for recording the order transaction.
 */
export const refundVendorOrderPaymentStep = createStep(
  refundVendorOrderPaymentStepId,
  async (input: RefundVendorOrderPaymentStepInput, { container }) => {
    if (!input.payment_id || !MathBN.gt(input.amount, 0)) {
      return new StepResponse(null)
    }
    const payment = await container.resolve(Modules.PAYMENT).refundPayment({
      payment_id: input.payment_id,
      amount: input.amount,
      created_by: input.created_by ?? undefined,
      note: input.note ?? `Vendor order ${input.order_id} closed`,
      metadata: { order_id: input.order_id },
    })
    const known = new Set(input.known_refund_ids)
    const refund = ((payment.refunds ?? []) as any[])
      .filter((candidate) => !known.has(candidate.id) && candidate.metadata?.order_id === input.order_id)
      .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())[0]
    if (!refund) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The refund for order ${input.order_id} was not recorded on payment ${input.payment_id}.`)
    }
    return new StepResponse({ id: refund.id as string, amount: MathBN.convert(refund.raw_amount ?? refund.amount).toFixed() })
  }
)

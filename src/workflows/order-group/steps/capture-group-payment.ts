import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const captureGroupPaymentStepId = "capture-group-payment"

/**
 * Captures the checkout's one payment, once, for the whole group. A provider
 * that captured on authorisation is left alone. If completion fails after
 * this, `compensatePaymentIfNeededStep` refunds it.
 */
export const captureGroupPaymentStep = createStep(
  captureGroupPaymentStepId,
  async ({ payment }: { payment: any | null }, { container }) => {
    if (!payment) {
      return new StepResponse([] as { id: string; amount: any }[])
    }
    const captured = (payment.captures ?? []).reduce(
      (sum: any, capture: any) => MathBN.add(sum, capture.raw_amount ?? capture.amount),
      MathBN.convert(0)
    )
    const fresh = MathBN.lt(captured, payment.raw_amount ?? payment.amount)
      ? await container.resolve(Modules.PAYMENT).capturePayment({ payment_id: payment.id })
      : payment
    return new StepResponse(
      (fresh.captures ?? []).map((capture: any) => ({ id: capture.id, amount: capture.raw_amount ?? capture.amount }))
    )
  }
)

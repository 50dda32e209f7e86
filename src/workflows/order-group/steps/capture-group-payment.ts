import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type { CapturePlan } from "../../../modules/order-group/capture-plan"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export const captureGroupPaymentStepId = "capture-group-payment"

export type CaptureGroupPaymentResult = {
  plan: CapturePlan
  /** The checkout payment, with the rail's data after any capture. */
  payment: { id: string; provider_id: string; data: Record<string, unknown> | null } | null
  /** The rail holds the whole checkout as captured: every share is captured with it. */
  rail_captured: boolean
}

/**
 * Captures the checkout's one payment on its rail, once, when the capture
 * policy says so at placement (cards and the system provider by default). On
 * acceptance the shares are captured as vendors accept; cash on delivery waits
 * for the cash. A provider that captured on authorisation is left alone. If
 * completion fails after this, `compensatePaymentIfNeededStep` refunds it.
 */
export const captureGroupPaymentStep = createStep(
  captureGroupPaymentStepId,
  async ({ payment }: { payment: any | null }, { container }) => {
    if (!payment) {
      return new StepResponse<CaptureGroupPaymentResult>({ plan: { when: "placement", captures: "each" }, payment: null, rail_captured: false })
    }
    const plan = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).capturePlanFor(payment.provider_id)
    const captured = (payment.captures ?? []).reduce(
      (sum: any, capture: any) => MathBN.add(sum, capture.raw_amount ?? capture.amount),
      MathBN.convert(0)
    )
    const fullyCaptured = !MathBN.lt(captured, payment.raw_amount ?? payment.amount)
    let current = payment
    if (plan.when === "placement" && !fullyCaptured) {
      current = await container.resolve(Modules.PAYMENT).capturePayment({ payment_id: payment.id })
    }
    return new StepResponse<CaptureGroupPaymentResult>({
      plan,
      payment: { id: current.id, provider_id: payment.provider_id, data: current.data ?? payment.data ?? null },
      rail_captured: fullyCaptured || plan.when === "placement",
    })
  }
)

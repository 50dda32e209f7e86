import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const authorizeCashSessionStepId = "authorize-cash-session"

/**
 * Authorises a vendor order's cash-on-delivery session with Medusa's payment
 * module, which creates the order's payment; the capture follows. Undone by
 * cancelling that payment.
 */
export const authorizeCashSessionStep = createStep(
  authorizeCashSessionStepId,
  async (input: { session_id: string }, { container }) => {
    const payment = await container.resolve(Modules.PAYMENT).authorizePaymentSession(input.session_id, {})
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cash-on-delivery payment could not be authorised.")
    }
    return new StepResponse({ payment_id: payment.id }, payment.id)
  },
  async (paymentId, { container }) => {
    if (paymentId) {
      await container.resolve(Modules.PAYMENT).cancelPayment(paymentId)
    }
  }
)

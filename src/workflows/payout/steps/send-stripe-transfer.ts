import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { StripeTransferResult } from "../../../modules/payout/stripe-connect"

export const sendStripeTransferStepId = "send-stripe-transfer"

/**
 * Sends a payout to its Stripe Connect account. The transfer carries the
 * payout's idempotency key (`payout:<id>`), so a retried send answers the
 * first transfer. A transfer cannot be taken back by a compensation; the
 * steps after it only record it.
 */
export const sendStripeTransferStep = createStep(
  sendStripeTransferStepId,
  async (input: { payout_id: string; amount: string; currency_code: string; stripe_account_id: string | null }, { container }) => {
    const rail = container.resolve<PayoutModuleService>(PAYOUT_MODULE).stripe()
    let result: StripeTransferResult
    if (!rail) {
      result = { ok: false, reason: "Stripe Connect is off on this server (STRIPE_API_KEY is not set)." }
    } else if (!input.stripe_account_id) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Payout ${input.payout_id} has no Stripe account to send to.`)
    } else {
      result = await rail.transfer({
        payout_id: input.payout_id,
        amount: input.amount,
        currency_code: input.currency_code,
        destination: input.stripe_account_id,
      })
    }
    return new StepResponse(result)
  }
)

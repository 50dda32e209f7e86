import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const validatePayoutMethodStepId = "validate-payout-method"

/**
 * An admin marks only manual payouts paid or failed: a Stripe Connect payout
 * is moved by Stripe's webhook, which knows whether the transfer went through (409).
 */
export const validatePayoutMethodStep = createStep(
  validatePayoutMethodStepId,
  async (input: { payout_id: string; rail?: "manual" | null }, { container }) => {
    if (!input.rail) {
      return new StepResponse(null)
    }
    const [payout] = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayouts({ id: input.payout_id }, { select: ["method"], take: 1 })
    if (payout && payout.method !== input.rail) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Payout ${input.payout_id} goes through Stripe Connect: Stripe's webhook marks it paid or failed, not an admin.`
      )
    }
    return new StepResponse(null)
  }
)

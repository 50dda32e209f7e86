import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutAccountInput } from "../../../modules/payout/service"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutAccountFields } from "./save-payout-account"

export const preparePayoutAccountStepId = "prepare-payout-account"

/**
 * What a payout account will store (writes nothing): bank details sealed with
 * PAYOUT_ENCRYPTION_KEY, or a Stripe account that Stripe confirms is
 * connected to the platform and can receive transfers (400 otherwise).
 */
export const preparePayoutAccountStep = createStep(
  preparePayoutAccountStepId,
  async (input: { account: PayoutAccountInput; actor_id: string | null }, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    if (input.account.method === "manual") {
      const sealed = payouts.sealBankDetails(input.account.bank_details)
      return new StepResponse<PayoutAccountFields>({ method: "manual", ...sealed, stripe_account_id: null, updated_by: input.actor_id })
    }
    const rail = payouts.stripe()
    if (!rail) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "method stripe_connect is not available: Stripe is off on this server (STRIPE_API_KEY is not set); use manual bank details."
      )
    }
    const problem = await rail.checkAccount(input.account.stripe_account_id)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `stripe_account_id: ${problem}`)
    }
    return new StepResponse<PayoutAccountFields>({
      method: "stripe_connect",
      bank_details_encrypted: null,
      stripe_account_id: input.account.stripe_account_id,
      destination_hint: `Stripe ${input.account.stripe_account_id}`,
      updated_by: input.actor_id,
    })
  }
)

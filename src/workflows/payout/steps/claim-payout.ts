import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutPayee } from "../../../modules/wallet/postings"

export const claimPayoutStepId = "claim-payout"

/**
 * Opens the payee's payout in a currency (amount still 0), or answers null
 * when the payee has no payout account or already has an open payout: the
 * database lets one open payout exist per payee and currency, whatever runs at once.
 * An early request that cannot be opened says why (409).
 */
export const claimPayoutStep = createStep(
  claimPayoutStepId,
  async (input: PayoutPayee & { early: boolean; requested_by?: string | null }, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const payout = await payouts.claimPayout(input)
    if (!payout && input.early) {
      const account = await payouts.accountOf(input)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        account
          ? `A payout in ${input.currency_code.toUpperCase()} is already open for this ${input.owner_type}; it must be paid, failed or rejected before another is asked for.`
          : `This ${input.owner_type} has no payout account yet: add one (POST /${input.owner_type}/payout-account) before asking for a payout.`
      )
    }
    return new StepResponse(payout ? { id: payout.id, method: payout.method } : null, payout?.id ?? null)
  },
  async (payoutId, { container }) => {
    if (payoutId) {
      await container.resolve<PayoutModuleService>(PAYOUT_MODULE).deletePayouts(payoutId)
    }
  }
)

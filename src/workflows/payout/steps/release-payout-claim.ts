import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const releasePayoutClaimStepId = "release-payout-claim"

/**
 * Nothing to pay: the claimed payout (amount 0, nothing posted) is set aside
 * (soft-deleted, its open key cleared), freeing the payee's slot.
 */
export const releasePayoutClaimStep = createStep(
  releasePayoutClaimStepId,
  async (input: { payout_id: string }, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const [claim] = await payouts.listPayouts({ id: input.payout_id }, { select: ["id", "open_key"], take: 1 })
    await payouts.updatePayouts({ id: input.payout_id, open_key: null })
    await payouts.softDeletePayouts(input.payout_id)
    return new StepResponse(null, claim ? { id: claim.id, open_key: claim.open_key } : null)
  },
  async (claim, { container }) => {
    if (claim) {
      const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
      await payouts.restorePayouts(claim.id)
      await payouts.updatePayouts({ id: claim.id, open_key: claim.open_key })
    }
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import { selectPayout, type PayoutItemDraft } from "../../../modules/payout/payout-selection"
import type PayoutModuleService from "../../../modules/payout/service"
import { WALLET_MODULE } from "../../../modules/wallet"
import type { PayoutPayee } from "../../../modules/wallet/postings"
import type WalletModuleService from "../../../modules/wallet/service"

export const selectPayoutStepId = "select-payout"

// Payouts themselves are not earnings to pay again.
const NOT_EARNINGS = ["payout", "payout_reversal"]

export type PayoutSelection = { amount: string; items: PayoutItemDraft[] } | null

/**
 * What the claimed payout pays (read only, after the claim, so that it sees
 * every payout posted before): the payee's available earnings not listed by
 * another payout, without frozen references, up to the available balance, if
 * it reaches the currency's minimum. An early request that finds nothing to
 * pay is refused (409); a scheduled run just skips the payee.
 */
export const selectPayoutStep = createStep(
  selectPayoutStepId,
  async (input: { claimed: { id: string } | null; payee: PayoutPayee; early: boolean }, { container }) => {
    if (!input.claimed) {
      return new StepResponse(null as PayoutSelection)
    }
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const now = new Date()
    const [balance, frozenReferences, itemized] = await Promise.all([
      wallet.walletOf(input.payee),
      wallet.frozenReferences(input.payee),
      payouts.itemizedTransactionIds(input.payee),
    ])
    const earnings = await wallet.unpaidEarnings(input.payee, {
      availableBy: now,
      excludedTypes: NOT_EARNINGS,
      excludedTransactionIds: itemized,
    })
    const minimum = payouts.minimumPayout(input.payee.currency_code)
    const selection = selectPayout({
      payee_type: input.payee.owner_type,
      available: balance.available,
      minimum,
      earnings,
      frozen_references: frozenReferences,
    })
    if (!selection && input.early) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Nothing can be paid out early: ${balance.available} ${input.payee.currency_code.toUpperCase()} is available` +
          (minimum ? ` and the smallest payout is ${minimum} ${input.payee.currency_code.toUpperCase()}.` : ".")
      )
    }
    return new StepResponse(selection)
  }
)

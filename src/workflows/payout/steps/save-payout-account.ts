import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { Payee } from "../../../modules/payout/service"

export const savePayoutAccountStepId = "save-payout-account"

export type PayoutAccountFields = {
  method: "manual" | "stripe_connect"
  bank_details_encrypted: string | null
  stripe_account_id: string | null
  destination_hint: string
  updated_by: string | null
}

/** Creates or replaces the payee's payout account. Undone by restoring the one it replaced, or removing the new one. */
export const savePayoutAccountStep = createStep(
  savePayoutAccountStepId,
  async (input: { payee: Payee; fields: PayoutAccountFields }, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const before = await payouts.accountOf(input.payee)
    const saved = before
      ? await payouts.updatePayoutAccounts({ id: before.id, ...input.fields })
      : await payouts.createPayoutAccounts({ ...input.payee, ...input.fields })
    return new StepResponse(saved, { id: saved.id, before })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    if (undo.before) {
      const { id, method, bank_details_encrypted, stripe_account_id, destination_hint, updated_by } = undo.before
      await payouts.updatePayoutAccounts({ id, method, bank_details_encrypted, stripe_account_id, destination_hint, updated_by })
    } else {
      await payouts.deletePayoutAccounts(undo.id)
    }
  }
)

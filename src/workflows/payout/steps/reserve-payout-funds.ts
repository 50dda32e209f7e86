import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE } from "../../../modules/wallet"
import { payoutReserved, payoutReturned, type PayoutPayee } from "../../../modules/wallet/postings"
import type WalletModuleService from "../../../modules/wallet/service"

export const reservePayoutFundsStepId = "reserve-payout-funds"

/**
 * Takes the payout's amount out of the payee's balance into `platform:payouts`
 * (`payout:<id>:reserve`), so no other payout can take it. Undone by returning it.
 */
export const reservePayoutFundsStep = createStep(
  reservePayoutFundsStepId,
  async (input: PayoutPayee & { payout_id: string; amount: string }, { container }) => {
    const posted = await container.resolve<WalletModuleService>(WALLET_MODULE).postTransaction(payoutReserved(input))
    return new StepResponse(posted.transaction, posted.created ? input : null)
  },
  async (reserved, { container }) => {
    if (reserved) {
      await container
        .resolve<WalletModuleService>(WALLET_MODULE)
        .postTransaction(payoutReturned({ ...reserved, reason: "The payout could not be created; its amount is available again." }))
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE } from "../../../modules/wallet"
import type { PostTransactionInput } from "../../../modules/wallet/ledger-types"
import { reversalOf } from "../../../modules/wallet/posting-rules"
import type WalletModuleService from "../../../modules/wallet/service"

export const postLedgerTransactionStepId = "post-ledger-transaction"

/**
 * Posts one balanced transaction. Entries are never deleted, so the
 * compensation posts the opposite transaction under `<key>:reversal`; a
 * replayed key posted nothing and undoes nothing.
 */
export const postLedgerTransactionStep = createStep(
  postLedgerTransactionStepId,
  async (input: PostTransactionInput, { container }) => {
    const posted = await container.resolve<WalletModuleService>(WALLET_MODULE).postTransaction(input)
    return new StepResponse(posted, posted.created ? posted.transaction.id : null)
  },
  async (transactionId, { container }) => {
    if (!transactionId) {
      return
    }
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const original = await wallet.retrieveTransactionView(transactionId)
    await wallet.postTransaction(reversalOf(original, `Reverses ${original.id}: the workflow that posted it was rolled back.`))
  }
)

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { randomUUID } from "crypto"
import { WALLET_MODULE } from "../../../../../modules/wallet"
import type WalletModuleService from "../../../../../modules/wallet/service"
import { createWalletAdjustmentWorkflow } from "../../../../../workflows/wallet/workflows/create-wallet-adjustment"
import type { AdminCreateWalletAdjustmentType } from "../../validators"

/**
 * Credits (positive `amount`) or debits a wallet by hand, with a reason and the
 * admin's id on record. An `Idempotency-Key` header makes a retried request
 * answer the first adjustment instead of adjusting twice.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateWalletAdjustmentType>, res: MedusaResponse) => {
  const header = req.get("idempotency-key")?.trim()
  const { result } = await createWalletAdjustmentWorkflow(req.scope).run({
    input: {
      account_id: req.params.id,
      amount: req.validatedBody.amount,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
      idempotency_key: `adjustment:${header || randomUUID()}`,
    },
  })
  const wallet = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).walletOf(result.transaction.entries.find((entry) => entry.account_id === req.params.id)!)
  const { content_hash, ...transaction } = result.transaction
  res.json({ transaction, wallet: { id: req.params.id, ...wallet } })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE } from "../../../../../../modules/wallet"
import type WalletModuleService from "../../../../../../modules/wallet/service"
import { completeWalletTopUpWorkflow } from "../../../../../../workflows/wallet/workflows/top-up-wallet"
import { topUpView } from "../../route"

/**
 * Pays the top-up with the payment session the customer chose and credits
 * the wallet. Idempotent: a retried request answers the same top-up and
 * credits nothing more.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await completeWalletTopUpWorkflow(req.scope).run({
    input: { top_up_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  const wallet = await req.scope
    .resolve<WalletModuleService>(WALLET_MODULE)
    .walletOf({ owner_type: "customer", owner_id: req.auth_context.actor_id, currency_code: result.top_up.currency_code })
  res.json({ top_up: topUpView(result.top_up), wallet })
}

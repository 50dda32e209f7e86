import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../../../modules/wallet"
import type WalletModuleService from "../../../../../modules/wallet/service"
import { topUpView } from "../route"

/** One of the signed-in customer's top-ups; another customer's answers 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [topUp] = await req.scope
    .resolve<WalletModuleService>(WALLET_MODULE)
    .listWalletTopUps({ id: req.params.id, customer_id: req.auth_context.actor_id })
  if (!topUp) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Top-up ${req.params.id} was not found.`)
  }
  res.json({ top_up: topUpView(topUp) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"
import { walletCurrency } from "../../../queries/wallet"
import type { GetWalletParamsType } from "../../wallet-params"

/** The signed-in customer's wallet in the store's default currency, or `?currency_code=`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { currency_code } = req.validatedQuery as GetWalletParamsType
  const currency = await walletCurrency(req.scope, currency_code)
  const wallet = await req.scope
    .resolve<WalletModuleService>(WALLET_MODULE)
    .walletOf({ owner_type: "customer", owner_id: req.auth_context.actor_id, currency_code: currency })
  res.json({ wallet })
}

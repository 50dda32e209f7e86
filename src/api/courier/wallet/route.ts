import type { MedusaResponse } from "@medusajs/framework/http"
import { courierWallet } from "../../../queries/courier-cash"
import { walletCurrency } from "../../../queries/wallet"
import type { GetWalletParamsType } from "../../wallet-params"
import type { CourierRequest } from "../resolve-courier-actor"

/**
 * The courier's wallet in the store's default currency, or `?currency_code=`:
 * its earnings less the cash it collected and has not handed in, what it owes
 * (`cash_owed`), and whether that has reached its cash limit.
 */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  const { currency_code } = req.validatedQuery as GetWalletParamsType
  const currency = await walletCurrency(req.scope, currency_code)
  res.json({ wallet: await courierWallet(req.scope, req.courier_context.courier.id, currency) })
}

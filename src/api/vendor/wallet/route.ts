import type { MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"
import { walletCurrency } from "../../../queries/wallet"
import type { GetWalletParamsType } from "../../wallet-params"
import type { VendorRequest } from "../resolve-vendor-actor"

/** The vendor's earnings in the store's default currency, or `?currency_code=`: pending until the hold window ends. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { currency_code } = req.validatedQuery as GetWalletParamsType
  const currency = await walletCurrency(req.scope, currency_code)
  const wallet = await req.scope
    .resolve<WalletModuleService>(WALLET_MODULE)
    .walletOf({ owner_type: "vendor", owner_id: req.vendor_context.vendor.id, currency_code: currency })
  res.json({ wallet })
}

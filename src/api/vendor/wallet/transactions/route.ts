import type { MedusaResponse } from "@medusajs/framework/http"
import { walletCurrency, walletTransactions } from "../../../../queries/wallet"
import type { GetWalletTransactionsParamsType } from "../../../wallet-params"
import type { VendorRequest } from "../../resolve-vendor-actor"

/** What moved the vendor's wallet, newest first, each with its entries on the wallet. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { currency_code } = req.validatedQuery as unknown as GetWalletTransactionsParamsType
  const currency = await walletCurrency(req.scope, currency_code)
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const { transactions, count } = await walletTransactions(
    req.scope,
    { owner_type: "vendor", owner_id: req.vendor_context.vendor.id, currency_code: currency },
    { fields: req.queryConfig.fields, skip, take, order }
  )
  res.json({ transactions, count, offset: skip, limit: take })
}

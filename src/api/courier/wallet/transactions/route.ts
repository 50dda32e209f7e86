import type { MedusaResponse } from "@medusajs/framework/http"
import { walletCurrency, walletTransactions } from "../../../../queries/wallet"
import type { GetWalletTransactionsParamsType } from "../../../wallet-params"
import type { CourierRequest } from "../../resolve-courier-actor"

/** What moved the courier's wallet (cash collected, deposits, earnings), newest first, each with its entries on the wallet. */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  const { currency_code } = req.validatedQuery as unknown as GetWalletTransactionsParamsType
  const currency = await walletCurrency(req.scope, currency_code)
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const { transactions, count } = await walletTransactions(
    req.scope,
    { owner_type: "courier", owner_id: req.courier_context.courier.id, currency_code: currency },
    { fields: req.queryConfig.fields, skip, take, order }
  )
  res.json({ transactions, count, offset: skip, limit: take })
}

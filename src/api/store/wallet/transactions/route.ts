import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { walletCurrency, walletTransactions } from "../../../../queries/wallet"
import type { GetWalletTransactionsParamsType } from "../../../wallet-params"

/** What moved the signed-in customer's wallet, newest first, each with its entries on the wallet. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { currency_code } = req.validatedQuery as unknown as GetWalletTransactionsParamsType
  const currency = await walletCurrency(req.scope, currency_code)
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const { transactions, count } = await walletTransactions(
    req.scope,
    { owner_type: "customer", owner_id: req.auth_context.actor_id, currency_code: currency },
    { fields: req.queryConfig.fields, skip, take, order }
  )
  res.json({ transactions, count, offset: skip, limit: take })
}

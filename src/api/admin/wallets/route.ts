import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"

/** Ledger accounts (`owner_type`, `owner_id`, `currency_code` filter them), each with what it holds. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: accounts, metadata } = await query.graph({
    entity: "ledger_account",
    fields: [...new Set([...req.queryConfig.fields, "id"])],
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  const balances = await req.scope.resolve<WalletModuleService>(WALLET_MODULE).walletBalances(accounts.map((account: any) => account.id))
  const wallets = accounts.map((account: any) => {
    const { balance, available, pending, frozen } = balances.get(account.id)!
    return { ...account, balance, available, pending, frozen }
  })
  res.json({ wallets, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

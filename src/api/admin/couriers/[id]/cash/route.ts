import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COURIER_MODULE } from "../../../../../modules/courier"
import type CourierModuleService from "../../../../../modules/courier/service"
import { courierTransactions, courierWallets } from "../../../../../queries/courier-cash"
import { walletCurrency } from "../../../../../queries/wallet"
import { projectFields } from "../../../../project-fields"
import type { AdminGetCourierCashParamsType } from "../../cash-validators"

/**
 * A courier's cash: in every currency, what it owes (its earnings counted
 * against the cash it holds) and its limit; and a page of the postings on
 * its account in one currency (`currency_code`, the store's default
 * otherwise), newest first.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const courierId = req.params.id
  const [courier] = await req.scope.resolve<CourierModuleService>(COURIER_MODULE).listCouriers({ id: courierId }, { select: ["id"], take: 1 })
  if (!courier) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Courier with id: ${courierId} was not found`)
  }
  const params = req.validatedQuery as unknown as AdminGetCourierCashParamsType
  const currency = await walletCurrency(req.scope, params.currency_code)
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const oldestFirst = String(order?.created_at ?? "DESC").toUpperCase() === "ASC"
  const [wallets, { transactions, count }] = await Promise.all([
    courierWallets(req.scope, courierId),
    courierTransactions(req.scope, courierId, currency, { skip, take, oldestFirst }),
  ])
  res.json({
    cash: { courier_id: courierId, wallets },
    transactions: projectFields(transactions, params.fields),
    currency_code: currency,
    count,
    offset: skip,
    limit: take,
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courierCashList } from "../../../../queries/courier-cash"
import { walletCurrency } from "../../../../queries/wallet"
import { projectFields } from "../../../project-fields"
import type { AdminGetCouriersCashParamsType } from "../cash-validators"

/**
 * Every courier's cash in one currency (`currency_code`, the store's default
 * otherwise), those who owe the most first (`order=-balance` for the
 * highest balance first); `owing=true` keeps those who owe something.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as AdminGetCouriersCashParamsType
  const currency = await walletCurrency(req.scope, params.currency_code)
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const { courier_cash, count } = await courierCashList(req.scope, {
    currency_code: currency,
    owing: params.owing ?? false,
    skip,
    take,
    highestBalanceFirst: String(order?.balance ?? "ASC").toUpperCase() === "DESC",
  })
  res.json({ courier_cash: projectFields(courier_cash as any[], params.fields), count, offset: skip, limit: take })
}

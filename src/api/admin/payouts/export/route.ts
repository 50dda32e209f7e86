import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import { payoutsCsv } from "../../../../modules/payout/payout-csv"
import type PayoutModuleService from "../../../../modules/payout/service"
import { payeeName, PAYEE_NAME_FIELDS } from "../helpers"

/**
 * The pending manual payouts as CSV, for the bank: payee, amount and the
 * bank details opened for this export only. Each is then marked paid with
 * the bank's reference (POST /admin/payouts/:id/mark-paid).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { currency_code, owner_type } = req.validatedQuery as { currency_code?: string; owner_type?: string }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const service = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const { data: payouts } = await query.graph({
    entity: "payout",
    fields: ["id", "owner_type", "owner_id", "currency_code", "amount", "created_at", ...PAYEE_NAME_FIELDS],
    filters: {
      status: "pending",
      method: "manual",
      ...(currency_code ? { currency_code: currency_code.toLowerCase() } : {}),
      ...(owner_type ? { owner_type } : {}),
    },
    pagination: { order: { created_at: "ASC" } },
  })
  const accounts = payouts.length
    ? await service.listPayoutAccounts({ owner_id: [...new Set(payouts.map((payout: any) => payout.owner_id as string))] })
    : []
  const accountOf = (payout: any) => accounts.find((account) => account.owner_type === payout.owner_type && account.owner_id === payout.owner_id)
  const csv = payoutsCsv(
    payouts.map((payout: any) => {
      const account = accountOf(payout)
      return {
        payout_id: payout.id,
        payee_type: payout.owner_type,
        payee_id: payout.owner_id,
        payee_name: payeeName(payout),
        currency_code: payout.currency_code,
        amount: String(payout.amount),
        created_at: payout.created_at,
        bank: account ? service.openBankDetails(account) : null,
      }
    })
  )
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="payouts-pending-${new Date().toISOString().slice(0, 10)}.csv"`)
  res.setHeader("cache-control", "no-store")
  res.send(csv)
}

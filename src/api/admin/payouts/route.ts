import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { payoutSchedule, payoutView } from "../../../queries/payouts"
import { payeeName, PAYEE_NAME_FIELDS } from "./helpers"

/** Payouts of every payee, newest first; `status` (one or several), `owner_type`, `owner_id`, `currency_code`, `early` filter them. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, owner_type, owner_id, currency_code, early } = req.validatedQuery as Record<string, any>
  const filters: Record<string, unknown> = {}
  for (const [key, value] of Object.entries({ status, owner_type, owner_id, early })) {
    if (value !== undefined) {
      filters[key] = value
    }
  }
  if (currency_code) {
    filters.currency_code = String(currency_code).toLowerCase()
  }
  const { data: payouts, metadata } = await query.graph({
    entity: "payout",
    fields: [...req.queryConfig.fields, "owner_type", ...PAYEE_NAME_FIELDS],
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    payouts: payouts.map((payout: Record<string, any>) => {
      const { vendor, courier, ...rest } = payout
      return { ...payoutView(rest), payee_name: payeeName(payout) }
    }),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
    ...payoutSchedule(req.scope),
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currentCommission } from "../../../modules/commission/commission-calculation"
import { AMOUNT_NOW_FIELDS, COMPUTED_FIELDS } from "./validators"

/**
 * What the platform keeps of each order line: as placed, each adjustment a
 * refund, return or cancel recorded, and `base_amount` and `amount` now.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const requested = req.queryConfig.fields
  // The amounts now are not stored: they are the placed amounts plus the adjustments.
  const wantsNow = requested.some((field) => COMPUTED_FIELDS.includes(field))
  const fields = [...new Set([...requested.filter((field) => !COMPUTED_FIELDS.includes(field)), ...(wantsNow ? AMOUNT_NOW_FIELDS : [])])]
  const { data, metadata } = await query.graph({
    entity: "commission_line",
    fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  const commission_lines = data.map((line: any) => {
    if (!wantsNow) {
      return line
    }
    const now = currentCommission(line)
    const shown: Record<string, unknown> = { ...line }
    if (requested.includes("base_amount")) {
      shown.base_amount = new BigNumber(now.base_amount)
    }
    if (requested.includes("amount")) {
      shown.amount = new BigNumber(now.amount)
    }
    // What was read only to compute them is not shown unless asked for.
    for (const key of new Set(AMOUNT_NOW_FIELDS.map((field) => field.split(".")[0]))) {
      if (!requested.some((field) => field === key || field.startsWith(`${key}.`))) {
        delete shown[key]
      }
    }
    return shown
  })
  res.json({ commission_lines, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

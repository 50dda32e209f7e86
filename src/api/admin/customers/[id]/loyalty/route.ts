import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loyaltySummary, pointsHistory } from "../../../../../queries/loyalty"

/** Any customer's points as the customer sees them, with every entry (who adjusted included), paginated. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const {
    data: [customer],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["id"], filters: { id: req.params.id } })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${req.params.id} was not found`)
  }
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const [loyalty, { entries, count }] = await Promise.all([
    loyaltySummary(req.scope, req.params.id),
    pointsHistory(req.scope, req.params.id, { fields: req.queryConfig.fields, skip, take, order }),
  ])
  res.json({ loyalty, entries, count, offset: skip, limit: take })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What the platform keeps of each order line, as placed and after refunds, returns and cancels. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission_lines, metadata } = await query.graph({
    entity: "commission_line",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ commission_lines, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

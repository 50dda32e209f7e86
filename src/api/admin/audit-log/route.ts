import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createdAtFilter } from "../../order-list-params"

/** Who changed what, when and from where: newest first, by actor, target, action and time. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { created_at, ...filters } = req.filterableFields as Record<string, any>
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: audit_log, metadata } = await query.graph({
    entity: "audit_log_entry",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...createdAtFilter(created_at) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ audit_log, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

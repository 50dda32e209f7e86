import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createdAtFilter } from "../../order-list-params"

/** Lock-outs, blocked requests and runs of 401s, newest first, by type, IP, identity and time. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { created_at, ...filters } = req.filterableFields as Record<string, any>
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: security_events, metadata } = await query.graph({
    entity: "security_event",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...createdAtFilter(created_at) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ security_events, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

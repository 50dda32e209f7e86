import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withAdminCourierDocumentUrls } from "./helpers"

/** Couriers with their documents; `status=pending` is the review queue, `q` searches names, phone and email. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: couriers, metadata } = await query.graph({
    entity: "courier",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ couriers: couriers.map(withAdminCourierDocumentUrls), count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withAdminDocumentUrls } from "./helpers"

/** Vendors with their documents; `status=pending` is the review queue. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors, metadata } = await query.graph({
    entity: "vendor",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ vendors: vendors.map(withAdminDocumentUrls), count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

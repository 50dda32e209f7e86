import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../resolve-vendor-actor"

/** The platform's categories that vendors may file products under; admins manage them. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: product_categories, metadata } = await query.graph({
    entity: "product_category",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, is_active: true, is_internal: false },
    pagination: req.queryConfig.pagination,
  })
  res.json({ product_categories, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

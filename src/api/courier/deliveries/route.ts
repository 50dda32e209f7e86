import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CourierRequest } from "../resolve-courier-actor"

/** The courier's deliveries, newest first; `status` filters (`status=assigned&status=picked_up` for the current ones). */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: deliveries, metadata } = await query.graph({
    entity: "delivery",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, courier_id: req.courier_context.courier.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({ deliveries, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

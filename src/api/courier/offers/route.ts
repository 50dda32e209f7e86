import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireDueOffers } from "../../../workflows/delivery/dispatch-due"
import type { CourierRequest } from "../resolve-courier-actor"

/** The courier's open offers, soonest to expire first; an offer past its time is expired (and passed on) first. */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  const courierId = req.courier_context.courier.id
  await expireDueOffers(req.scope, { courier_id: courierId })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: offers, metadata } = await query.graph({
    entity: "delivery_offer",
    fields: req.queryConfig.fields,
    filters: { courier_id: courierId, status: "offered", expires_at: { $gt: new Date() } },
    pagination: req.queryConfig.pagination,
  })
  res.json({ offers, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

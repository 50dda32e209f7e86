import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryTrackingView, retrieveDeliveryOfOrder } from "../../../../../queries/delivery-tracking"

/** GET /admin/vendor-orders/:id/delivery: a vendor order's delivery, as its customer sees it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const delivery = await retrieveDeliveryOfOrder(req.scope, req.params.id)
  res.json({ delivery: await deliveryTrackingView(req.scope, delivery) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { deliveryTrackingView, retrieveDeliveryOfOrder } from "../../../../../queries/delivery-tracking"
import type { VendorRequest } from "../../../resolve-vendor-actor"

/** GET /vendor/orders/:id/delivery: the delivery of one of the vendor's orders, as its customer sees it. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const delivery = await retrieveDeliveryOfOrder(req.scope, req.params.id)
  res.json({ delivery: await deliveryTrackingView(req.scope, delivery) })
}

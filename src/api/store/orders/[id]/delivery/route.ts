import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryTrackingView, retrieveDeliveryOfOrder } from "../../../../../queries/delivery-tracking"
import { jwtSecretOf } from "../../../deliveries/helpers"
import { issueStreamToken } from "../../../deliveries/stream-token"

/**
 * GET /store/orders/:id/delivery: the delivery of one of the customer's
 * vendor orders: status, ETA, the courier's first name and vehicle, and the
 * position from pickup to drop-off only. `stream` is how a browser follows it
 * live: an EventSource on `stream.url` (which carries a token valid 30 minutes).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const delivery = await retrieveDeliveryOfOrder(req.scope, req.params.id)
  const { token, expires_at } = issueStreamToken(jwtSecretOf(req.scope), {
    delivery_id: delivery.id,
    customer_id: req.auth_context.actor_id,
    publishable_key: (req as any).publishable_key_context?.key ?? "",
  })
  res.json({
    delivery: {
      ...(await deliveryTrackingView(req.scope, delivery)),
      stream: { url: `/store/deliveries/${delivery.id}/stream?token=${encodeURIComponent(token)}`, token, expires_at },
    },
  })
}

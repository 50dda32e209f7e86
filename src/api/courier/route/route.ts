import type { MedusaResponse } from "@medusajs/framework/http"
import { courierRoute } from "../../../queries/courier-route"
import type { CourierRequest } from "../resolve-courier-actor"

/**
 * GET /courier/route: the courier's stops across all its deliveries under
 * way, in visiting order from its last position (each pickup before its
 * drop-off), with each leg's length and the provider that measured them.
 */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  res.json({ route: await courierRoute(req.scope, req.courier_context.courier.id) })
}

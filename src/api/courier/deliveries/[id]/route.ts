import type { MedusaResponse } from "@medusajs/framework/http"
import type { CourierRequest } from "../../resolve-courier-actor"
import { retrieveCourierDelivery } from "../helpers"

/** One of the courier's own deliveries; another courier's answers 404. */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  res.json({ delivery: await retrieveCourierDelivery(req.scope, req.params.id, req.courier_context.courier.id) })
}

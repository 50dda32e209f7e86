import type { MedusaResponse } from "@medusajs/framework/http"
import { retrieveCourierProfile } from "../helpers"
import type { CourierRequest } from "../resolve-courier-actor"

/** The signed-in courier, always the token's own. */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  res.json({ courier: await retrieveCourierProfile(req.scope, req.courier_context.courier.id) })
}

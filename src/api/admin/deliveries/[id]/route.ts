import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminDelivery } from "../helpers"

/** One delivery with its proof code, offers and status history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ delivery: await retrieveAdminDelivery(req.scope, req.params.id) })
}

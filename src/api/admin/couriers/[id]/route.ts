import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminCourier } from "../helpers"

/** One courier with its documents and the who/when/why of every admin action. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ courier: await retrieveAdminCourier(req, req.params.id) })
}

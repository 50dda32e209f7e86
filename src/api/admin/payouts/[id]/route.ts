import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminPayout } from "../helpers"

/** One payout with the earnings it pays, its payee and the payee's payout account. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ payout: await adminPayout(req.scope, req.params.id) })
}

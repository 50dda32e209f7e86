import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { referralView } from "./helpers"

/** The signed-in customer's referral code (made on first ask), the reward, and how their referrals went. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ referral: await referralView(req.scope, req.auth_context.actor_id) })
}

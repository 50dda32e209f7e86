import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { claimReferralWorkflow } from "../../../../../workflows/loyalty/workflows/claim-referral"
import type { StoreClaimReferralType } from "../../validators"
import { referralView } from "../helpers"

/**
 * A new customer signs up with someone's referral code (before their first
 * order); both earn the reward when the new customer's first vendor order is
 * delivered. Self-referral (same account, phone or device) is refused.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreClaimReferralType>, res: MedusaResponse) => {
  await claimReferralWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, code: req.validatedBody.code, device_id: req.get("x-device-id")?.trim() || null },
  })
  res.status(201).json({ referral: await referralView(req.scope, req.auth_context.actor_id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { failPayoutWorkflow } from "../../../../../workflows/payout/workflows/fail-payout"
import { adminPayout } from "../../helpers"

/**
 * A manual payout the bank sent back (a closed account, a wrong number):
 * `failed` with the reason, which the payee reads, and the amount returned to
 * the payee's balance for the next payout.
 */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  await adminPayout(req.scope, req.params.id)
  await failPayoutWorkflow(req.scope).run({
    input: { payout_id: req.params.id, reason: req.validatedBody.reason, reported_by: req.auth_context.actor_id, rail: "manual" },
  })
  res.json({ payout: await adminPayout(req.scope, req.params.id) })
}

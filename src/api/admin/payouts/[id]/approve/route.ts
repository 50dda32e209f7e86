import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dispatchPayout } from "../../../../../workflows/payout/run-payouts"
import { decideEarlyPayoutWorkflow } from "../../../../../workflows/payout/workflows/decide-early-payout"
import { adminPayout } from "../../helpers"

/** Approves an early payout request: it becomes `pending` and goes on its rail (sent now on Stripe Connect). */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
  await adminPayout(req.scope, req.params.id)
  await decideEarlyPayoutWorkflow(req.scope).run({
    input: { payout_id: req.params.id, decision: "approve", reason: req.validatedBody.reason ?? null, actor_id: req.auth_context.actor_id },
  })
  await dispatchPayout(req.scope, req.params.id)
  res.json({ payout: await adminPayout(req.scope, req.params.id) })
}

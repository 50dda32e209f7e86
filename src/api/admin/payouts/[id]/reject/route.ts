import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dispatchPayout } from "../../../../../workflows/payout/run-payouts"
import { decideEarlyPayoutWorkflow } from "../../../../../workflows/payout/workflows/decide-early-payout"
import { adminPayout } from "../../helpers"

/** Rejects an early payout request with a reason the payee reads; the amount returns to its balance. */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
  await adminPayout(req.scope, req.params.id)
  await decideEarlyPayoutWorkflow(req.scope).run({
    input: { payout_id: req.params.id, decision: "reject", reason: req.validatedBody.reason ?? null, actor_id: req.auth_context.actor_id },
  })

  res.json({ payout: await adminPayout(req.scope, req.params.id) })
}

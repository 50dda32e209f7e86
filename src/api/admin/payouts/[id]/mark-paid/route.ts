import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPayoutPaidWorkflow } from "../../../../../workflows/payout/workflows/mark-payout-paid"
import { adminPayout } from "../../helpers"

/**
 * The finance team paid a manual payout by bank transfer: `paid` with the
 * bank's reference. Marking it again is a no-op that answers it unchanged.
 */
export const POST = async (req: AuthenticatedMedusaRequest<{ reference: string }>, res: MedusaResponse) => {
  await adminPayout(req.scope, req.params.id)
  await markPayoutPaidWorkflow(req.scope).run({
    input: { payout_id: req.params.id, reference: req.validatedBody.reference, actor_id: req.auth_context.actor_id, rail: "manual" },
  })
  res.json({ payout: await adminPayout(req.scope, req.params.id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { randomUUID } from "crypto"
import { loyaltySummary } from "../../../../../queries/loyalty"
import { adjustCustomerPointsWorkflow } from "../../../../../workflows/loyalty/workflows/adjust-customer-points"
import type { AdminCreatePointsAdjustmentType } from "../../../loyalty/validators"

/**
 * Adds (positive `points`) or takes a customer's points by hand, with a
 * reason, recorded with the admin. An `Idempotency-Key` header makes a retried
 * request answer the first adjustment instead of adjusting twice.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePointsAdjustmentType>, res: MedusaResponse) => {
  const header = req.get("idempotency-key")?.trim()
  const { result } = await adjustCustomerPointsWorkflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      points: req.validatedBody.points,
      reason: req.validatedBody.reason,
      actor_id: req.auth_context.actor_id,
      idempotency_key: `adjustment:${header ? `${req.params.id}:${header}` : randomUUID()}`,
    },
  })
  res.status(result.created ? 201 : 200).json({ entry: result.entry, loyalty: await loyaltySummary(req.scope, req.params.id) })
}

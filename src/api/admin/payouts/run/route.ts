import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runPayouts } from "../../../../workflows/payout/run-payouts"

/** Runs the payout job now, as the schedule would: safe beside a scheduled run, it pays nobody twice. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const summary = await runPayouts(req.scope)
  res.json({ run: summary })
}

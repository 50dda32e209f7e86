import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loyaltySummary, pointsHistory } from "../../../queries/loyalty"

/**
 * The signed-in customer's points: balance, tier and the progress to the
 * next, the points that expire next, and one page of the history (`limit`,
 * `offset`, `order`, `fields` as on `GET /store/loyalty/history`).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const [summary, { entries, count }] = await Promise.all([
    loyaltySummary(req.scope, req.auth_context.actor_id),
    pointsHistory(req.scope, req.auth_context.actor_id, { fields: req.queryConfig.fields, skip, take, order }),
  ])
  res.json({ loyalty: { ...summary, history: { entries, count, offset: skip, limit: take } } })
}

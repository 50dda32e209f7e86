import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pointsHistory } from "../../../../queries/loyalty"

/** Every movement of the signed-in customer's points, newest first, paginated. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const { entries, count } = await pointsHistory(req.scope, req.auth_context.actor_id, { fields: req.queryConfig.fields, skip, take, order })
  res.json({ entries, count, offset: skip, limit: take })
}

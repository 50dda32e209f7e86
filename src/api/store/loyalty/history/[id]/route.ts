import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../modules/loyalty/service"
import { POINTS_ENTRY_FIELDS } from "../../../../../queries/loyalty"

/** One movement of the signed-in customer's points; another customer's answers 404, as a missing one. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [entry] = await req.scope
    .resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    .listPointsEntries({ id: req.params.id, customer_id: req.auth_context.actor_id }, { select: [...POINTS_ENTRY_FIELDS] })
  if (!entry) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Points entry with id: ${req.params.id} was not found`)
  }
  res.json({ entry })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../modules/loyalty/service"
import type { AdminUpdateLoyaltyTierType } from "../../validators"
import { assertTiersStayConsistent, tierView } from "../helpers"

async function tierOr404(loyalty: LoyaltyModuleService, id: string) {
  const [tier] = await loyalty.listLoyaltyTiers({ id })
  if (!tier) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty tier with id: ${id} was not found`)
  }
  return tier
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tier: tierView(await tierOr404(req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE), req.params.id)) })
}

/** Renames a tier or changes its threshold or multiplier; customers move tier as soon as they read their points. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateLoyaltyTierType>, res: MedusaResponse) => {
  const loyalty = req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  await tierOr404(loyalty, req.params.id)
  await assertTiersStayConsistent(loyalty, { id: req.params.id, ...req.validatedBody })
  const tier = await loyalty.updateLoyaltyTiers({ id: req.params.id, ...req.validatedBody })
  res.json({ tier: tierView(tier) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const loyalty = req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  await tierOr404(loyalty, req.params.id)
  await assertTiersStayConsistent(loyalty, { id: req.params.id }, true)
  await loyalty.deleteLoyaltyTiers(req.params.id)
  res.json({ id: req.params.id, object: "loyalty_tier", deleted: true })
}

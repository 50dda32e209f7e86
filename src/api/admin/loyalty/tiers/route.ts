import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../modules/loyalty/service"
import type { AdminCreateLoyaltyTierType } from "../validators"
import { assertTiersStayConsistent, tierView } from "./helpers"

/** The tiers, lowest threshold first unless asked otherwise. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, string> }
  const [tiers, count] = await req.scope
    .resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    .listAndCountLoyaltyTiers({}, { select: req.queryConfig.fields as any, skip, take, order: { ...(order ?? { threshold: "ASC" }), id: "ASC" } as any })
  res.json({ tiers, count, offset: skip, limit: take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateLoyaltyTierType>, res: MedusaResponse) => {
  const loyalty = req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  await assertTiersStayConsistent(loyalty, req.validatedBody)
  const tier = await loyalty.createLoyaltyTiers(req.validatedBody)
  res.status(201).json({ tier: tierView(tier) })
}

import { MedusaError } from "@medusajs/framework/utils"
import type LoyaltyModuleService from "../../../../modules/loyalty/service"

export const tierView = ({ id, name, threshold, multiplier, created_at, updated_at }: any) => ({ id, name, threshold, multiplier, created_at, updated_at })

/** Tier names and thresholds are unique (409 naming the clash); one tier must start at 0 points, so every customer has one. */
export async function assertTiersStayConsistent(
  loyalty: LoyaltyModuleService,
  change: { id?: string; name?: string; threshold?: number },
  removing = false
) {
  const tiers = await loyalty.listLoyaltyTiers({})
  const others = tiers.filter((tier) => tier.id !== change.id)
  if (change.name !== undefined && others.some((tier) => tier.name.toLowerCase() === change.name!.toLowerCase())) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `name: a tier named ${change.name} exists already.`)
  }
  if (change.threshold !== undefined && others.some((tier) => tier.threshold === change.threshold)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `threshold: another tier starts at ${change.threshold} points.`)
  }
  const after = removing ? others : [...others, { threshold: change.threshold ?? tiers.find((tier) => tier.id === change.id)?.threshold ?? 0 }]
  if (!after.some((tier) => tier.threshold === 0)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "threshold: one tier must start at 0 points, so that every customer has a tier.")
  }
}

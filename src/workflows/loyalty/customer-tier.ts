import { LOYALTY_MODULE } from "../../modules/loyalty"
import { tierFor, type TierRule } from "../../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../../modules/loyalty/service"

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/** A customer's tier now: measured on the points earned over the last 12 months (rolling). */
export async function customerTier(container: { resolve: <T>(key: string) => T }, customerId: string, now = new Date()) {
  const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const [earned, tiers] = await Promise.all([
    loyalty.pointsEarnedSince(customerId, new Date(now.getTime() - YEAR_MS)),
    loyalty.listLoyaltyTiers({}, { order: { threshold: "ASC" } }),
  ])
  const rules = tiers.map((tier) => ({ id: tier.id, name: tier.name, threshold: tier.threshold, multiplier: tier.multiplier })) as TierRule[]
  return { earned_12_months: earned, ...tierFor(rules, earned) }
}

/** The tier a customer held before `justEarned` points and the one held now: a tier reached is announced when they differ. */
export async function tierReached(container: { resolve: <T>(key: string) => T }, customerId: string, justEarned: number) {
  const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const now = await customerTier(container, customerId)
  const tiers = (await loyalty.listLoyaltyTiers({})).map((tier) => ({ id: tier.id, name: tier.name, threshold: tier.threshold, multiplier: tier.multiplier }))
  const before = tierFor(tiers, now.earned_12_months - justEarned).tier
  const reached = now.tier && now.tier.threshold > (before?.threshold ?? -1) && now.tier.threshold > 0 ? now.tier : null
  return reached
}

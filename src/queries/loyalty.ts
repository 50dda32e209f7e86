import type { MedusaContainer } from "@medusajs/framework/types"
import { LOYALTY_MODULE } from "../modules/loyalty"
import { openLots } from "../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { customerTier } from "../workflows/loyalty/customer-tier"

/** What a points entry shows: customers see these fields; admins also see who adjusted (`actor_type`, `actor_id`). */
export const POINTS_ENTRY_FIELDS = ["id", "type", "points", "reference_type", "reference_id", "expires_at", "note", "created_at"] as const
export const ADMIN_POINTS_ENTRY_FIELDS = [...POINTS_ENTRY_FIELDS, "actor_type", "actor_id"] as const

/**
 * A customer's points as the store and the dashboard show them: the balance,
 * the tier held (on points earned over the last 12 months) and the progress to
 * the next one, and the points that expire next.
 */
export async function loyaltySummary(container: MedusaContainer, customerId: string) {
  const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const [entries, standing] = await Promise.all([loyalty.customerEntries(customerId), customerTier(container, customerId)])
  const balance = entries.reduce((sum, entry) => sum + entry.points, 0)
  const next = openLots(entries).find((lot) => lot.remaining > 0 && lot.expires_at !== null)
  const tierView = (tier: typeof standing.tier) => tier && { id: tier.id, name: tier.name, threshold: tier.threshold, multiplier: tier.multiplier }
  return {
    customer_id: customerId,
    balance,
    earned_12_months: standing.earned_12_months,
    tier: tierView(standing.tier),
    next_tier: standing.next
      ? { ...tierView(standing.next)!, points_needed: Math.max(standing.next.threshold - standing.earned_12_months, 0) }
      : null,
    expiring: next ? { points: next.remaining, expires_at: next.expires_at!.toISOString() } : null,
  }
}

/** One page of a customer's entries, newest first unless asked otherwise. */
export async function pointsHistory(
  container: MedusaContainer,
  customerId: string,
  page: { fields: readonly string[]; skip: number; take: number; order?: Record<string, string> }
) {
  const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const [entries, count] = await loyalty.listAndCountPointsEntries(
    { customer_id: customerId },
    { select: [...page.fields] as any, skip: page.skip, take: page.take, order: { ...(page.order ?? { created_at: "DESC" }), id: "DESC" } as any }
  )
  return { entries, count }
}

/**
 * Which commission rule applies to an order line. Pure, so it is unit tested
 * and shared by the order workflow and the admin preview.
 *
 * Specificity: vendor+category, then vendor, then category, then global.
 * Tie-break among equally specific rules: the higher `priority`, then the
 * newest rule, then the smallest id, so the choice never depends on row order.
 */

export type MatchableRule = {
  id: string
  vendor_id: string | null
  category_id: string | null
  priority: number
  is_active: boolean
  created_at: Date | string
}

export type RuleTarget = { vendor_id: string; category_ids: string[] }

export function ruleSpecificity(rule: Pick<MatchableRule, "vendor_id" | "category_id">): number {
  return (rule.vendor_id ? 2 : 0) + (rule.category_id ? 1 : 0)
}

export function ruleApplies(rule: MatchableRule, target: RuleTarget): boolean {
  if (!rule.is_active) {
    return false
  }
  if (rule.vendor_id && rule.vendor_id !== target.vendor_id) {
    return false
  }
  if (rule.category_id && !target.category_ids.includes(rule.category_id)) {
    return false
  }
  return true
}

export function compareRules(a: MatchableRule, b: MatchableRule): number {
  return (
    ruleSpecificity(b) - ruleSpecificity(a) ||
    b.priority - a.priority ||
    new Date(b.created_at).getTime() - new Date(a.created_at).getTime() ||
    a.id.localeCompare(b.id)
  )
}

/** The winning rule for a line, or null when no rule applies (no commission). */
export function matchCommissionRule<T extends MatchableRule>(rules: T[], target: RuleTarget): T | null {
  const applicable = rules.filter((rule) => ruleApplies(rule, target))
  applicable.sort(compareRules)
  return applicable[0] ?? null
}

import { matchCommissionRule, type MatchableRule } from "../../modules/commission/rule-matching"
import type { Translate } from "./translate"

/** What the commissions page shows, shaped from `/admin/commission-rules`: pure and unit tested. */

export type CommissionRule = MatchableRule & {
  name: string
  percent_rate: number | null
  flat_amount: number | null
  currency_code: string | null
}

type Names = { vendors: Map<string, string>; categories: Map<string, string> }

/** "Global", "Category: Bread", "Vendor: Hauran Bakery", "Vendor + category: Hauran Bakery, Bread". */
export function scopeOf(rule: Pick<CommissionRule, "vendor_id" | "category_id">, names: Names, t: Translate): string {
  const vendor = rule.vendor_id ? names.vendors.get(rule.vendor_id) ?? rule.vendor_id : null
  const category = rule.category_id ? names.categories.get(rule.category_id) ?? rule.category_id : null
  if (vendor && category) {
    return t("commissions.scopeBoth", { vendor, category })
  }
  if (vendor) {
    return t("commissions.scopeVendor", { vendor })
  }
  if (category) {
    return t("commissions.scopeCategory", { category })
  }
  return t("commissions.scopeGlobal")
}

/** "10%", "2 SYP per line", "10% + 2 SYP per line". */
export function rateOf(rule: Pick<CommissionRule, "percent_rate" | "flat_amount" | "currency_code">, t: Translate): string {
  const percent = rule.percent_rate != null ? t("commissions.ratePercent", { percent: Number(rule.percent_rate) }) : null
  const flat =
    rule.flat_amount != null ? t("commissions.rateFlat", { amount: Number(rule.flat_amount), currency: (rule.currency_code ?? "").toUpperCase() }) : null
  if (percent && flat) {
    return t("commissions.rateBoth", { percent, flat })
  }
  return percent ?? flat ?? "—"
}

/**
 * Whether each rule is the one chosen for a sale in exactly its own scope
 * (its vendor, its category), or which rule beats it there: a rule of the
 * same scope with a higher priority, or a newer one at equal priority.
 */
export function standingOf<T extends CommissionRule>(rules: T[]): Map<string, { wins: boolean; beatenBy: T | null }> {
  const standing = new Map<string, { wins: boolean; beatenBy: T | null }>()
  for (const rule of rules) {
    if (!rule.is_active) {
      standing.set(rule.id, { wins: false, beatenBy: null })
      continue
    }
    // A sale in exactly this scope: this vendor (or none), this category (or none).
    const target = { vendor_id: rule.vendor_id ?? "\u0000no-vendor", category_ids: rule.category_id ? [rule.category_id] : [] }
    const sameScope = rules.filter((other) => other.vendor_id === rule.vendor_id && other.category_id === rule.category_id)
    const winner = matchCommissionRule(sameScope, target)
    standing.set(rule.id, { wins: winner?.id === rule.id, beatenBy: winner && winner.id !== rule.id ? winner : null })
  }
  return standing
}

/** The rule a sale of `vendor_id` in `category_id` would be charged, as checkout chooses it. */
export function previewRule<T extends CommissionRule>(rules: T[], vendorId: string, categoryId: string | null): T | null {
  return matchCommissionRule(rules, { vendor_id: vendorId, category_ids: categoryId ? [categoryId] : [] })
}

export type RuleForm = {
  name: string
  vendor_id: string
  category_id: string
  percent_rate: string
  flat_amount: string
  currency_code: string
  priority: string
  is_active: boolean
}

export const EMPTY_RULE_FORM: RuleForm = {
  name: "",
  vendor_id: "",
  category_id: "",
  percent_rate: "",
  flat_amount: "",
  currency_code: "",
  priority: "0",
  is_active: true,
}

export function formOf(rule: CommissionRule): RuleForm {
  return {
    name: rule.name,
    vendor_id: rule.vendor_id ?? "",
    category_id: rule.category_id ?? "",
    percent_rate: rule.percent_rate == null ? "" : String(rule.percent_rate),
    flat_amount: rule.flat_amount == null ? "" : String(rule.flat_amount),
    currency_code: rule.currency_code ?? "",
    priority: String(rule.priority ?? 0),
    is_active: rule.is_active,
  }
}

/** The body for `POST /admin/commission-rules(/:id)`, or a sentence naming what is wrong, checked as the API checks it. */
export function ruleBodyOf(form: RuleForm, t: Translate): { body: Record<string, unknown> } | { error: string } {
  const number = (text: string) => (text.trim() === "" ? null : Number(text))
  const percent = number(form.percent_rate)
  const flat = number(form.flat_amount)
  const priority = number(form.priority) ?? 0
  if (!form.name.trim()) {
    return { error: t("commissions.errorName") }
  }
  if (percent !== null && (!Number.isFinite(percent) || percent < 0 || percent > 100)) {
    return { error: t("commissions.errorPercent") }
  }
  if (flat !== null && (!Number.isFinite(flat) || flat < 0)) {
    return { error: t("commissions.errorFlat") }
  }
  if (percent === null && flat === null) {
    return { error: t("commissions.errorNothing") }
  }
  if (flat !== null && form.currency_code.trim().length !== 3) {
    return { error: t("commissions.errorCurrency") }
  }
  if (!Number.isInteger(priority)) {
    return { error: t("commissions.errorPriority") }
  }
  return {
    body: {
      name: form.name.trim(),
      vendor_id: form.vendor_id || null,
      category_id: form.category_id || null,
      percent_rate: percent,
      flat_amount: flat,
      currency_code: flat === null ? null : form.currency_code.trim().toLowerCase(),
      priority,
      is_active: form.is_active,
    },
  }
}

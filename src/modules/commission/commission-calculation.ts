import type { BigNumberInput } from "@medusajs/framework/types"
import { defaultCurrencies, MathBN } from "@medusajs/framework/utils"

/**
 * How much commission an order line carries, at placement and after refunds,
 * returns and cancellation. Pure and unit tested; the workflows feed it
 * Medusa's computed totals.
 *
 * Bases keep BigNumber precision, as Medusa's own totals do. A commission is
 * money charged to a vendor, so it is rounded to the currency's precision
 * (half up: 2.5 SYP is 3 SYP, 0.035 USD is 0.04 USD), once, from the exact
 * base; a recompute starts from the placed base, so it never drifts.
 */

type BigNumberJS = ReturnType<typeof MathBN.convert>

/** What a commission line copies from its rule, in the order's currency. */
export type CommissionRate = {
  percent_rate: BigNumberInput | null
  // Only ever set in the order's currency: see `commissionRateFor`.
  flat_amount: BigNumberInput | null
}

export type RuleRate = CommissionRate & { id: string; currency_code: string | null }

/**
 * The rate a line records from its rule. A flat amount is "per order line, in
 * its currency", so it is charged only on orders in that same currency;
 * otherwise the line records none rather than a number in the wrong currency.
 */
export function commissionRateFor(
  rule: RuleRate | null,
  orderCurrencyCode: string
): CommissionRate & { rule_id: string | null } {
  if (!rule) {
    return { rule_id: null, percent_rate: null, flat_amount: null }
  }
  const sameCurrency = !!rule.currency_code && rule.currency_code.toLowerCase() === orderCurrencyCode.toLowerCase()
  return {
    rule_id: rule.id,
    percent_rate: rule.percent_rate ?? null,
    flat_amount: sameCurrency ? rule.flat_amount ?? null : null,
  }
}

/** What commission is charged on: the line's total after discounts, without tax. */
export function commissionBaseOf(item: { total: BigNumberInput; tax_total: BigNumberInput }): BigNumberJS {
  return MathBN.max(MathBN.sub(item.total, item.tax_total), 0)
}

// bignumber.js's ROUND_HALF_UP.
const ROUND_HALF_UP = 4

/** The currency's number of decimals (Medusa's list: SYP 0, USD 2, KWD 3); 2 for a code it does not know. */
export function currencyPrecision(currencyCode: string): number {
  return defaultCurrencies[currencyCode.toUpperCase()]?.decimal_digits ?? 2
}

/** An amount rounded half up to what the currency can be paid in. */
export function roundToCurrency(amount: BigNumberInput, currencyCode: string): BigNumberJS {
  return MathBN.convert(amount).decimalPlaces(currencyPrecision(currencyCode), ROUND_HALF_UP)
}

/**
 * base × percent / 100 + flat, never below 0 and never above the base, so a
 * vendor never owes more than the line brought in. A line whose base fell to 0
 * (returned, refunded, canceled) owes no flat amount either. With a currency,
 * rounded to its precision (never above the base rounded down).
 */
export function commissionAmount(baseAmount: BigNumberInput, rate: CommissionRate, currencyCode?: string): BigNumberJS {
  const base = MathBN.convert(baseAmount)
  if (MathBN.lte(base, 0)) {
    return MathBN.convert(0)
  }
  const percentPart = MathBN.div(MathBN.mult(base, rate.percent_rate ?? 0), 100)
  const amount = MathBN.max(MathBN.min(MathBN.add(percentPart, rate.flat_amount ?? 0), base), 0)
  if (!currencyCode) {
    return amount
  }
  const rounded = roundToCurrency(amount, currencyCode)
  const ceiling = MathBN.convert(base).decimalPlaces(currencyPrecision(currencyCode), 1)
  return MathBN.min(rounded, ceiling)
}

/** One commission line with the state of its order item now. */
export type CommissionLineState = CommissionRate & {
  id: string
  original_base_amount: BigNumberInput
  // The order item's quantity, and how many of it came back (received or dismissed).
  quantity: BigNumberInput
  returned_quantity: BigNumberInput
}

export type OrderCommissionState = {
  currency_code: string
  canceled: boolean
  // Everything refunded on the order so far (Medusa's `summary.refunded_total`).
  refunded_total: BigNumberInput
  // What the returned units were worth, tax included: the part of the refunds that returns explain.
  returned_items_total: BigNumberInput
  // What the units still kept are worth, tax included (Medusa's item totals after returns).
  kept_items_total: BigNumberInput
  lines: CommissionLineState[]
}

export type RecomputedCommissionLine = { id: string; base_amount: BigNumberJS; amount: BigNumberJS }

/**
 * Every line's base and commission now, from what was placed:
 * - a canceled order keeps nothing, so every base is 0;
 * - a return takes its units out: base = placed base × kept quantity / quantity;
 * - a refund that returns do not explain (a goodwill refund, a partial refund)
 *   takes the same fraction off every line still kept: the refunded share of
 *   what the kept units are worth.
 * Computed from the placed values each time, so running it twice changes nothing.
 */
export function recomputeCommissionLines(order: OrderCommissionState): RecomputedCommissionLine[] {
  const keptShare = order.canceled ? MathBN.convert(0) : shareKeptAfterRefunds(order)
  return order.lines.map((line) => {
    const base = MathBN.mult(keptBaseAfterReturns(line), keptShare)
    return { id: line.id, base_amount: base, amount: commissionAmount(base, line, order.currency_code) }
  })
}

function keptBaseAfterReturns(line: CommissionLineState): BigNumberJS {
  if (MathBN.lte(line.quantity, 0)) {
    return MathBN.convert(0)
  }
  const kept = MathBN.max(MathBN.sub(line.quantity, line.returned_quantity), 0)
  return MathBN.div(MathBN.mult(line.original_base_amount, kept), line.quantity)
}

/** 1 when no refund is left unexplained by returns, 0 when it covers all that is kept. */
function shareKeptAfterRefunds(order: OrderCommissionState): BigNumberJS {
  const unexplained = MathBN.max(MathBN.sub(order.refunded_total, order.returned_items_total), 0)
  if (MathBN.eq(unexplained, 0)) {
    return MathBN.convert(1)
  }
  if (MathBN.lte(order.kept_items_total, 0)) {
    return MathBN.convert(0)
  }
  return MathBN.max(MathBN.sub(1, MathBN.div(unexplained, order.kept_items_total)), 0)
}

/** A line as stored: what was placed, and each later change. */
export type StoredCommissionLine = {
  id: string
  original_base_amount: BigNumberInput
  original_amount: BigNumberInput
  raw_original_base_amount?: BigNumberInput
  raw_original_amount?: BigNumberInput
  adjustments?: ({ cause: string; base_delta: BigNumberInput; amount_delta: BigNumberInput; raw_base_delta?: BigNumberInput; raw_amount_delta?: BigNumberInput } | null)[] | null
}

/** A line's base and commission now: as placed, plus every adjustment. */
export function currentCommission(line: StoredCommissionLine): { base_amount: BigNumberJS; amount: BigNumberJS } {
  const adjustments = (line.adjustments ?? []).filter((adjustment) => !!adjustment)
  return {
    base_amount: MathBN.sum(
      line.raw_original_base_amount ?? line.original_base_amount,
      ...adjustments.map((adjustment) => adjustment!.raw_base_delta ?? adjustment!.base_delta)
    ),
    amount: MathBN.sum(
      line.raw_original_amount ?? line.original_amount,
      ...adjustments.map((adjustment) => adjustment!.raw_amount_delta ?? adjustment!.amount_delta)
    ),
  }
}

export type CommissionAdjustmentDraft = { commission_line_id: string; cause: string; base_delta: BigNumberJS; amount_delta: BigNumberJS }

/**
 * What to record so that each line carries what it should now (`target`),
 * under one cause. Lines already at their target record nothing, and a line
 * that already has an adjustment with this cause records nothing more: the
 * cause is the idempotency key.
 */
export function commissionAdjustmentsFor(
  lines: StoredCommissionLine[],
  targets: RecomputedCommissionLine[],
  cause: string
): CommissionAdjustmentDraft[] {
  const lineById = new Map(lines.map((line) => [line.id, line]))
  const drafts: CommissionAdjustmentDraft[] = []
  for (const target of targets) {
    const line = lineById.get(target.id)
    if (!line || (line.adjustments ?? []).some((adjustment) => adjustment?.cause === cause)) {
      continue
    }
    const now = currentCommission(line)
    const base_delta = MathBN.sub(target.base_amount, now.base_amount)
    const amount_delta = MathBN.sub(target.amount, now.amount)
    if (MathBN.eq(base_delta, 0) && MathBN.eq(amount_delta, 0)) {
      continue
    }
    drafts.push({ commission_line_id: line.id, cause, base_delta, amount_delta })
  }
  return drafts
}

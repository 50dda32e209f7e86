import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** One ledger transaction that moved a payee's balance, as the wallet reports it (amounts as decimal strings). */
export type PayeeEarning = {
  transaction_id: string
  type: string
  reference_type: string
  reference_id: string
  available_at: Date | string
  /** What the transaction gave the payee (negative when it took money back). */
  net: string
  /** The platform's commission in the same transaction. */
  commission: string
  /** The platform's delivery share in the same transaction. */
  delivery: string
}

export type PayoutItemDraft = {
  transaction_id: string
  transaction_type: string
  reference_type: string
  reference_id: string
  gross: string
  commission: string
  fees: string
  net: string
  available_at: Date
}

/**
 * How each earning reads on a payout. A vendor's settlement: gross is what
 * the store sold (net + commission), with the commission taken. A courier's
 * delivery: gross is the delivery fee (net + the platform's share), the
 * platform's share is its commission. No other fee is charged on either
 * today. Anything else (an adjustment, cash collected, a refund taken back)
 * is its net alone.
 */
export function payoutItemOf(payeeType: "vendor" | "courier", earning: PayeeEarning): PayoutItemDraft {
  const net = MathBN.convert(earning.net)
  const platformShare = payeeType === "courier" ? earning.delivery : earning.commission
  const commission = MathBN.gt(net, 0) ? MathBN.convert(platformShare) : MathBN.convert(0)
  return {
    transaction_id: earning.transaction_id,
    transaction_type: earning.type,
    reference_type: earning.reference_type,
    reference_id: earning.reference_id,
    gross: MathBN.add(net, commission).toFixed(),
    commission: commission.toFixed(),
    fees: "0",
    net: net.toFixed(),
    available_at: new Date(earning.available_at),
  }
}

/**
 * What a payout pays now, or null when it should not be made:
 * - the items are the available earnings not paid yet, minus those of a
 *   frozen reference (a disputed order), which wait until released;
 * - the amount is what they add up to, never more than the available balance
 *   (which already leaves out pending and frozen amounts);
 * - nothing is paid at or below zero, or below the currency's minimum.
 */
export function selectPayout(input: {
  payee_type: "vendor" | "courier"
  available: BigNumberInput
  minimum: BigNumberInput
  earnings: PayeeEarning[]
  frozen_references: { reference_type: string; reference_id: string }[]
}): { amount: string; items: PayoutItemDraft[] } | null {
  const frozen = new Set(input.frozen_references.map((reference) => `${reference.reference_type}:${reference.reference_id}`))
  const items = input.earnings
    .filter((earning) => !frozen.has(`${earning.reference_type}:${earning.reference_id}`))
    .map((earning) => payoutItemOf(input.payee_type, earning))
  const itemsTotal = items.reduce((sum, item) => MathBN.add(sum, item.net), MathBN.convert(0))
  const amount = MathBN.lt(itemsTotal, input.available) ? itemsTotal : MathBN.convert(input.available)
  if (!MathBN.gt(amount, 0) || MathBN.lt(amount, input.minimum)) {
    return null
  }
  return { amount: amount.toFixed(), items }
}

/** PAYOUT_MINIMUM of a currency: 0 when the currency is not listed. */
export function minimumFor(minimums: Record<string, number>, currencyCode: string): number {
  return minimums[currencyCode.toLowerCase()] ?? 0
}

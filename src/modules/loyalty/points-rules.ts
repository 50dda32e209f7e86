import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/**
 * The programme's rules as pure functions over points (whole numbers) and
 * entries; docs/loyalty.md explains them.
 */

export type TierRule = { id: string; name: string; threshold: number; multiplier: number }

/** Points for a value: value × earn rate × tier multiplier, rounded down, never below 0. */
export function pointsEarned(value: BigNumberInput, earnRate: BigNumberInput, multiplier: BigNumberInput): number {
  const raw = MathBN.mult(MathBN.mult(value, earnRate), multiplier)
  if (MathBN.lte(raw, 0)) {
    return 0
  }
  return Math.floor(MathBN.convert(raw).decimalPlaces(6, 1).toNumber())
}

/** The tier held with `earned` points over the last 12 months (the highest threshold reached), and the one after it. */
export function tierFor<T extends TierRule>(tiers: T[], earned: number): { tier: T | null; next: T | null } {
  const sorted = [...tiers].sort((a, b) => a.threshold - b.threshold)
  let tier: T | null = null
  for (const candidate of sorted) {
    if (candidate.threshold <= earned) {
      tier = candidate
    }
  }
  const next = sorted.find((candidate) => candidate.threshold > earned) ?? null
  return { tier, next }
}

export type LedgerEntryLike = { id: string; points: number; created_at: Date | string; expires_at: Date | string | null }
export type OpenLot = { entry_id: string; points: number; remaining: number; expires_at: Date | null; created_at: Date }

const time = (value: Date | string | null) => (value === null ? Number.POSITIVE_INFINITY : new Date(value).getTime())

/**
 * What is left of each lot (a positive entry) once every negative entry is
 * taken from the oldest lots first: earliest expiry first, then earliest
 * written. A balance below zero leaves every lot empty; the next earning
 * pays the debt back before it counts.
 */
export function openLots(entries: LedgerEntryLike[]): OpenLot[] {
  const lots = entries
    .filter((entry) => entry.points > 0)
    .sort((a, b) => time(a.expires_at) - time(b.expires_at) || time(a.created_at) - time(b.created_at) || a.id.localeCompare(b.id))
    .map((entry) => ({
      entry_id: entry.id,
      points: entry.points,
      remaining: entry.points,
      expires_at: entry.expires_at ? new Date(entry.expires_at) : null,
      created_at: new Date(entry.created_at),
    }))
  let spent = entries.filter((entry) => entry.points < 0).reduce((sum, entry) => sum - entry.points, 0)
  for (const lot of lots) {
    const taken = Math.min(lot.remaining, spent)
    lot.remaining -= taken
    spent -= taken
  }
  return lots
}

/** The lots whose expiry has passed and that still hold points, oldest first: each is expired by one entry of its remainder. */
export function lotsToExpire(entries: LedgerEntryLike[], now: Date): OpenLot[] {
  return openLots(entries).filter((lot) => lot.remaining > 0 && lot.expires_at !== null && lot.expires_at.getTime() <= now.getTime())
}

/** The lots that expire within `days` after `now` and still hold points (what the warning announces). */
export function lotsExpiringWithin(entries: LedgerEntryLike[], now: Date, days: number): OpenLot[] {
  const until = now.getTime() + days * 24 * 60 * 60 * 1000
  return openLots(entries).filter(
    (lot) => lot.remaining > 0 && lot.expires_at !== null && lot.expires_at.getTime() > now.getTime() && lot.expires_at.getTime() <= until
  )
}

/**
 * The points to take back when an order's value falls from `earnedValue` to
 * `currentValue` (a refund or a return): what was earned keeps only its share
 * of what the order is still worth, rounded down; what was already taken back
 * is not taken again. Never negative, never more than was earned.
 */
export function pointsToReverse(input: {
  earned: number
  earned_value: BigNumberInput
  current_value: BigNumberInput
  already_reversed: number
}): number {
  if (input.earned <= 0 || MathBN.lte(input.earned_value, 0)) {
    return 0
  }
  const current = MathBN.max(MathBN.min(input.current_value, input.earned_value), 0)
  const keep = Math.floor(MathBN.convert(MathBN.div(MathBN.mult(input.earned, current), input.earned_value)).decimalPlaces(6, 1).toNumber())
  return Math.max(0, input.earned - keep - input.already_reversed)
}

/** The date `months` after `from`, the same day of the month (or the month's last day). */
export function addMonths(from: Date, months: number): Date {
  const result = new Date(from.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/** A referral code: 8 characters without look-alikes (no 0/O, 1/I), from the given random bytes. */
export function referralCodeFrom(bytes: Uint8Array): string {
  return Array.from(bytes.slice(0, 8), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("")
}

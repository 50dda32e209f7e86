/** Pure data shaping for the dashboard's Loyalty page and the customer points widget (docs/loyalty.md). */

import type { Translate } from "./translate"

export type LoyaltySettingsView = {
  currencies: Record<string, { earn_rate: number; point_value: number }>
  max_redeem_share: number
  expiry_months: number
  referral_reward_points: number
  discount_funded_by: "platform" | "vendor"
}

export type SettingsForm = {
  currencies: { code: string; earn_rate: string; point_value: string }[]
  max_redeem_percent: string
  expiry_months: string
  referral_reward_points: string
  discount_funded_by: string
}

export const DISCOUNT_FUNDERS = ["platform", "vendor"] as const
export const POINTS_ENTRY_TYPES = ["earned", "redeemed", "expired", "adjusted", "reversed"] as const

const wholeNumber = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN)

/** The settings as the form edits them: the share as a percent, numbers as text. */
export function settingsFormOf(settings: LoyaltySettingsView): SettingsForm {
  return {
    currencies: Object.entries(settings.currencies ?? {}).map(([code, rates]) => ({
      code: code.toUpperCase(),
      earn_rate: String(rates.earn_rate),
      point_value: String(rates.point_value),
    })),
    max_redeem_percent: String(Math.round(settings.max_redeem_share * 10000) / 100),
    expiry_months: String(settings.expiry_months),
    referral_reward_points: String(settings.referral_reward_points),
    discount_funded_by: settings.discount_funded_by,
  }
}

/** The body of `POST /admin/loyalty/settings`, or what is wrong with the form, in the words the route uses. */
export function settingsBodyOf(form: SettingsForm, t: Translate): { body: LoyaltySettingsView } | { error: string } {
  const currencies: LoyaltySettingsView["currencies"] = {}
  for (const row of form.currencies) {
    const code = row.code.trim().toLowerCase()
    if (!/^[a-z]{3}$/.test(code)) {
      return { error: t("loyalty.errorCurrency") }
    }
    const earnRate = Number(row.earn_rate.trim())
    const pointValue = Number(row.point_value.trim())
    if (row.earn_rate.trim() === "" || !Number.isFinite(earnRate) || earnRate < 0) {
      return { error: t("loyalty.errorEarnRate", { currency: code.toUpperCase() }) }
    }
    if (row.point_value.trim() === "" || !Number.isFinite(pointValue) || pointValue <= 0) {
      return { error: t("loyalty.errorPointValue", { currency: code.toUpperCase() }) }
    }
    currencies[code] = { earn_rate: earnRate, point_value: pointValue }
  }
  const percent = Number(form.max_redeem_percent.trim())
  if (form.max_redeem_percent.trim() === "" || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    return { error: t("loyalty.errorShare") }
  }
  const months = wholeNumber(form.expiry_months)
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    return { error: t("loyalty.errorExpiry") }
  }
  const reward = wholeNumber(form.referral_reward_points)
  if (!Number.isInteger(reward) || reward < 0) {
    return { error: t("loyalty.errorReward") }
  }
  const funder = (DISCOUNT_FUNDERS as readonly string[]).includes(form.discount_funded_by) ? (form.discount_funded_by as "platform" | "vendor") : "platform"
  return {
    body: {
      currencies,
      max_redeem_share: Math.round(percent * 100) / 10000,
      expiry_months: months,
      referral_reward_points: reward,
      discount_funded_by: funder,
    },
  }
}

/** A tier's body: a name, a whole threshold of 0 or more, a multiplier from 1 to 10. */
export function tierBodyOf(
  form: { name: string; threshold: string; multiplier: string },
  t: Translate
): { body: { name: string; threshold: number; multiplier: number } } | { error: string } {
  const name = form.name.trim()
  if (!name) {
    return { error: t("loyalty.errorTierName") }
  }
  const threshold = wholeNumber(form.threshold)
  if (!Number.isInteger(threshold) || threshold < 0) {
    return { error: t("loyalty.errorThreshold") }
  }
  const multiplier = Number(form.multiplier.trim())
  if (form.multiplier.trim() === "" || !Number.isFinite(multiplier) || multiplier < 1 || multiplier > 10) {
    return { error: t("loyalty.errorMultiplier") }
  }
  return { body: { name, threshold, multiplier } }
}

/** A points adjustment's body: whole points other than 0, and a reason of 3 characters or more. */
export function pointsAdjustmentBodyOf(form: { points: string; reason: string }, t: Translate): { body: { points: number; reason: string } } | { error: string } {
  const points = wholeNumber(form.points)
  if (!Number.isInteger(points) || points === 0) {
    return { error: t("loyalty.errorPoints") }
  }
  const reason = form.reason.trim()
  if (reason.length < 3) {
    return { error: t("loyalty.errorReason") }
  }
  return { body: { points, reason } }
}

/** "+25" or "-10": how a movement of points reads in a list. */
export const signedPoints = (points: number) => (points > 0 ? `+${points}` : String(points))

import { pointsAdjustmentBodyOf, settingsBodyOf, settingsFormOf, signedPoints, tierBodyOf } from "../loyalty-admin"
import { english } from "./english"

const settings = {
  currencies: { syp: { earn_rate: 0.01, point_value: 1 } },
  max_redeem_share: 0.5,
  expiry_months: 12,
  referral_reward_points: 100,
  discount_funded_by: "platform" as const,
}

describe("the loyalty forms", () => {
  it("round-trips the settings through the form, the share as a percent", () => {
    const form = settingsFormOf(settings)
    expect(form.max_redeem_percent).toEqual("50")
    expect(form.currencies).toEqual([{ code: "SYP", earn_rate: "0.01", point_value: "1" }])
    expect(settingsBodyOf(form, english)).toEqual({ body: settings })
  })

  it("names what is wrong with the settings", () => {
    const form = settingsFormOf(settings)
    expect(settingsBodyOf({ ...form, max_redeem_percent: "150" }, english)).toEqual({ error: english("loyalty.errorShare") })
    expect(settingsBodyOf({ ...form, expiry_months: "1.5" }, english)).toEqual({ error: english("loyalty.errorExpiry") })
    expect(settingsBodyOf({ ...form, currencies: [{ code: "SY", earn_rate: "1", point_value: "1" }] }, english)).toEqual({ error: english("loyalty.errorCurrency") })
    expect(settingsBodyOf({ ...form, currencies: [{ code: "usd", earn_rate: "1", point_value: "0" }] }, english)).toEqual({
      error: english("loyalty.errorPointValue", { currency: "USD" }),
    })
  })

  it("checks tiers and adjustments as the routes do", () => {
    expect(tierBodyOf({ name: " Platinum ", threshold: "20000", multiplier: "2" }, english)).toEqual({ body: { name: "Platinum", threshold: 20000, multiplier: 2 } })
    expect(tierBodyOf({ name: "X", threshold: "-1", multiplier: "2" }, english)).toEqual({ error: english("loyalty.errorThreshold") })
    expect(tierBodyOf({ name: "X", threshold: "10", multiplier: "0.5" }, english)).toEqual({ error: english("loyalty.errorMultiplier") })
    expect(pointsAdjustmentBodyOf({ points: "-25", reason: "Spent in store" }, english)).toEqual({ body: { points: -25, reason: "Spent in store" } })
    expect(pointsAdjustmentBodyOf({ points: "2.5", reason: "Half" }, english)).toEqual({ error: english("loyalty.errorPoints") })
    expect(pointsAdjustmentBodyOf({ points: "5", reason: "no" }, english)).toEqual({ error: english("loyalty.errorReason") })
    expect([signedPoints(25), signedPoints(-10)]).toEqual(["+25", "-10"])
  })
})

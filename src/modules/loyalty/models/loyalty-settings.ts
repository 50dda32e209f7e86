import { model } from "@medusajs/framework/utils"

/** Who pays for a points discount: the platform (default) or the vendor whose order it is on. */
export const DISCOUNT_FUNDERS = ["platform", "vendor"] as const
export type DiscountFunder = (typeof DISCOUNT_FUNDERS)[number]

/**
 * The programme's settings, one row. `currencies` says, per currency code,
 * how many points one main unit earns (`earn_rate`) and what one point is
 * worth when redeemed (`point_value`); a currency not listed earns and
 * redeems nothing.
 */
export const LoyaltySettings = model.define("loyalty_settings", {
  id: model.id({ prefix: "lset" }).primaryKey(),
  currencies: model.json(),
  max_redeem_share: model.float(),
  expiry_months: model.number(),
  referral_reward_points: model.number(),
  discount_funded_by: model.enum([...DISCOUNT_FUNDERS]).default("platform"),
})

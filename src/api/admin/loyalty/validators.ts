import { z } from "@medusajs/framework/zod"
import { DISCOUNT_FUNDERS } from "../../../modules/loyalty/models/loyalty-settings"
import { ADMIN_POINTS_ENTRY_FIELDS } from "../../../queries/loyalty"
import { MAX_QUANTITY, tooLarge } from "../../input-limits"
import { listQueryConfig, listQueryParams, type ListShape } from "../../list-query"
import { oneOf } from "../../order-list-params"

const currencyRates = z
  .object({
    earn_rate: z
      .number({ error: "earn_rate is required: points earned per main unit of the currency" })
      .min(0, "earn_rate must be 0 or more")
      .max(1_000_000, tooLarge("earn_rate", 1_000_000)),
    point_value: z
      .number({ error: "point_value is required: what one point is worth in the currency" })
      .positive("point_value must be more than 0")
      .max(1_000_000, tooLarge("point_value", 1_000_000)),
  })
  .strict()

export const AdminUpdateLoyaltySettings = z
  .object({
    currencies: z
      .record(z.string(), currencyRates)
      .superRefine((rates, context) => {
        for (const code of Object.keys(rates).filter((key) => !/^[a-zA-Z]{3}$/.test(key))) {
          context.addIssue({ code: "custom", message: `currencies: '${code}' is not a 3-letter ISO 4217 code, e.g. syp` })
        }
      })
      .transform((rates) => Object.fromEntries(Object.entries(rates).map(([code, value]) => [code.toLowerCase(), value])))
      .optional(),
    max_redeem_share: z.number().min(0, "max_redeem_share must be between 0 and 1").max(1, "max_redeem_share must be between 0 and 1").optional(),
    expiry_months: z.number().int("expiry_months must be a whole number").min(1, "expiry_months must be at least 1").max(120, "expiry_months must be at most 120").optional(),
    referral_reward_points: z
      .number()
      .int("referral_reward_points must be a whole number")
      .min(0, "referral_reward_points must be 0 or more")
      .max(MAX_QUANTITY, tooLarge("referral_reward_points", MAX_QUANTITY))
      .optional(),
    discount_funded_by: oneOf("discount_funded_by", DISCOUNT_FUNDERS).optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, "settings: send at least one setting to change")
export type AdminUpdateLoyaltySettingsType = z.infer<typeof AdminUpdateLoyaltySettings>

const tierFields = {
  name: z.string({ error: "name is required" }).trim().min(1, "name must not be empty").max(60, "name must be at most 60 characters"),
  threshold: z
    .number({ error: "threshold is required: points earned over 12 months to reach the tier" })
    .int("threshold must be a whole number")
    .min(0, "threshold must be 0 or more")
    .max(MAX_QUANTITY, tooLarge("threshold", MAX_QUANTITY)),
  multiplier: z
    .number({ error: "multiplier is required: how much the tier scales earnings, e.g. 1.25" })
    .min(1, "multiplier must be at least 1")
    .max(10, "multiplier must be at most 10"),
}
export const AdminCreateLoyaltyTier = z.object(tierFields).strict()
export type AdminCreateLoyaltyTierType = z.infer<typeof AdminCreateLoyaltyTier>
export const AdminUpdateLoyaltyTier = z
  .object(tierFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "tier: send at least one of name, threshold, multiplier")
export type AdminUpdateLoyaltyTierType = z.infer<typeof AdminUpdateLoyaltyTier>

export const AdminCreatePointsAdjustment = z
  .object({
    points: z
      .number({ error: "points is required: a whole number, positive to add points, negative to take them" })
      .int("points must be a whole number")
      .refine((points) => points !== 0, "points must not be 0")
      .refine((points) => Math.abs(points) <= MAX_QUANTITY, tooLarge("points", MAX_QUANTITY)),
    reason: z.string({ error: "reason is required" }).trim().min(3, "reason must say why, in at least 3 characters").max(1000),
  })
  .strict()
export type AdminCreatePointsAdjustmentType = z.infer<typeof AdminCreatePointsAdjustment>

export const ADMIN_POINTS_HISTORY_LIST: ListShape = { fields: ADMIN_POINTS_ENTRY_FIELDS, order: ["created_at"], defaultOrder: "-created_at" }
export const AdminGetCustomerLoyaltyParams = listQueryParams(ADMIN_POINTS_HISTORY_LIST).strict()
export const adminCustomerLoyaltyQueryConfig = listQueryConfig(ADMIN_POINTS_ENTRY_FIELDS, ADMIN_POINTS_HISTORY_LIST)

export const LOYALTY_TIER_FIELDS = ["id", "name", "threshold", "multiplier", "created_at", "updated_at"] as const
export const LOYALTY_TIER_LIST: ListShape = { fields: LOYALTY_TIER_FIELDS, order: ["threshold", "name", "created_at"], defaultOrder: "threshold" }
export const AdminGetLoyaltyTiersParams = listQueryParams(LOYALTY_TIER_LIST).strict()
export const adminLoyaltyTiersQueryConfig = listQueryConfig(LOYALTY_TIER_FIELDS, LOYALTY_TIER_LIST)

import { z } from "@medusajs/framework/zod"
import { POINTS_ENTRY_FIELDS } from "../../../queries/loyalty"
import { MAX_QUANTITY, tooLarge } from "../../input-limits"
import { listQueryParams, listQueryConfig, type ListShape } from "../../list-query"

/** A customer's points entries: newest first unless `order=created_at`. */
export const POINTS_HISTORY_LIST: ListShape = { fields: POINTS_ENTRY_FIELDS, order: ["created_at"], defaultOrder: "-created_at" }
export const StoreGetLoyaltyHistoryParams = listQueryParams(POINTS_HISTORY_LIST).strict()
export const storeLoyaltyHistoryQueryConfig = listQueryConfig(POINTS_ENTRY_FIELDS, POINTS_HISTORY_LIST)

export const StoreApplyLoyaltyPoints = z
  .object({
    points: z
      .number({ error: "points is required: how many points pay part of the cart, a whole number" })
      .int("points must be a whole number")
      .min(1, "points must be at least 1")
      .max(MAX_QUANTITY, tooLarge("points", MAX_QUANTITY)),
  })
  .strict()
export type StoreApplyLoyaltyPointsType = z.infer<typeof StoreApplyLoyaltyPoints>

/** A referral code as a customer types it, claimed here or at sign-up (`additional_data.referral_code`). */
export const ReferralCode = (field: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${field} is required: the referral code you were given` : `${field} must be text: the referral code you were given`,
    })
    .trim()
    .min(4, `${field} must be at least 4 characters`)
    .max(32, `${field} must be at most 32 characters`)
    .transform((code) => code.toUpperCase())

export const StoreClaimReferral = z.object({ code: ReferralCode("code") }).strict()
export type StoreClaimReferralType = z.infer<typeof StoreClaimReferral>

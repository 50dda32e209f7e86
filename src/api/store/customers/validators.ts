import { z } from "@medusajs/framework/zod"
import { ReferralCode } from "../loyalty/validators"

/** What a sign-up may carry besides Medusa's customer fields. */
export const StoreSignUpAdditionalData = z
  .object({
    additional_data: z.object({ referral_code: ReferralCode("referral_code").optional() }).strict().nullish(),
  })
  .strict()
export type StoreSignUpAdditionalDataType = z.infer<typeof StoreSignUpAdditionalData>["additional_data"]

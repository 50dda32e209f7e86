import { z } from "@medusajs/framework/zod"
import { PHONE_FORMAT_HINT, toE164 } from "../../../modules/phone-otp/phone-number"

const e164Phone = z.string().transform((value, context) => {
  const phone = toE164(value)
  if (!phone) {
    context.addIssue({ code: "custom", message: PHONE_FORMAT_HINT })
    return z.NEVER
  }
  return phone
})

export const RequestPhoneOtp = z.object({ phone: e164Phone }).strict()
export type RequestPhoneOtpType = z.infer<typeof RequestPhoneOtp>

export const VerifyPhoneOtp = z
  .object({
    phone: e164Phone,
    code: z.string().regex(/^\d{6}$/, "code must be the 6 digits of the SMS"),
  })
  .strict()
export type VerifyPhoneOtpType = z.infer<typeof VerifyPhoneOtp>

import { model } from "@medusajs/framework/utils"

/**
 * The live one-time code of a phone number. One row per number: a resend
 * replaces the code and starts its failure count afresh. Lock-outs are per
 * number and caller, in `otp_rate_limit`.
 */
export const OtpChallenge = model.define("otp_challenge", {
  id: model.id({ prefix: "otp" }).primaryKey(),
  phone: model.text().unique(),
  // HMAC of the code; null once the code is used or dead.
  code_hash: model.text().nullable(),
  code_expires_at: model.dateTime().nullable(),
  failed_attempts: model.number().default(0),
  attempts_reset_at: model.dateTime(),
})

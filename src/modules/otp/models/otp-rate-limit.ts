import { model } from "@medusajs/framework/utils"

/**
 * A fixed-window counter (per phone, per IP, resend cooldown). Kept in
 * PostgreSQL so every server instance counts against the same windows.
 */
export const OtpRateLimit = model.define("otp_rate_limit", {
  id: model.id({ prefix: "otprl" }).primaryKey(),
  key: model.text().unique(),
  window_started_at: model.dateTime(),
  hits: model.number().default(0),
})

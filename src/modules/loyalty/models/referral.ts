import { model } from "@medusajs/framework/utils"

/** A customer's own code to share; made on first ask. */
export const ReferralCode = model.define("referral_code", {
  id: model.id({ prefix: "lrc" }).primaryKey(),
  customer_id: model.text().unique(),
  code: model.text().unique(),
})

/**
 * A new customer who signed up with someone's code. Both sides are rewarded
 * once, when the referred customer's first vendor order is delivered.
 */
export const Referral = model.define("referral", {
  id: model.id({ prefix: "lref" }).primaryKey(),
  referrer_customer_id: model.text().index(),
  referred_customer_id: model.text().unique(),
  code: model.text(),
  status: model.enum(["pending", "rewarded"]).default("pending"),
  rewarded_order_id: model.text().nullable(),
  rewarded_at: model.dateTime().nullable(),
})

/** A device a customer used (the `x-device-id` header), to refuse a referral between two accounts on one device. */
export const LoyaltyDevice = model
  .define("loyalty_device", {
    id: model.id({ prefix: "ldev" }).primaryKey(),
    customer_id: model.text(),
    device_id: model.text().index(),
  })
  .indexes([{ on: ["customer_id", "device_id"], unique: true }])

/** The 7-day warning sent for one lot of points, so the daily job warns once. */
export const PointsExpiryWarning = model.define("points_expiry_warning", {
  id: model.id({ prefix: "lpew" }).primaryKey(),
  entry_id: model.text().unique(),
  customer_id: model.text(),
})

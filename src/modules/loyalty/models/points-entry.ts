import { model } from "@medusajs/framework/utils"

export const POINTS_ENTRY_TYPES = ["earned", "redeemed", "expired", "adjusted", "reversed"] as const
export type PointsEntryType = (typeof POINTS_ENTRY_TYPES)[number]

export const POINTS_REFERENCE_TYPES = ["order", "cart", "referral", "adjustment", "points_entry"] as const
export type PointsReferenceType = (typeof POINTS_REFERENCE_TYPES)[number]

/**
 * One movement of a customer's points, never changed once written: the
 * balance is the sum of a customer's entries. `points` is signed (earned and
 * positive adjustments add, the others take away). A positive entry is a lot
 * that expires at `expires_at`; spending takes from the oldest lot first.
 * `idempotency_key` is unique, so an event or a request replayed moves the
 * points once.
 */
export const PointsEntry = model
  .define("points_entry", {
    id: model.id({ prefix: "lpe" }).primaryKey(),
    customer_id: model.text(),
    type: model.enum([...POINTS_ENTRY_TYPES]),
    points: model.number(),
    reference_type: model.enum([...POINTS_REFERENCE_TYPES]),
    reference_id: model.text(),
    idempotency_key: model.text().unique(),
    expires_at: model.dateTime().nullable(),
    // What an earning was computed from (value, currency, rate, multiplier), so a refund reverses it in proportion.
    currency_code: model.text().nullable(),
    value: model.bigNumber().nullable(),
    multiplier: model.float().nullable(),
    note: model.text().nullable(),
    actor_type: model.text().nullable(),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }, { on: ["reference_type", "reference_id"] }])

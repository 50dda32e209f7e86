import { model } from "@medusajs/framework/utils"
import { PAYEE_TYPES, PAYOUT_METHODS } from "./payout-account"
import { PayoutItem } from "./payout-item"

/**
 * `requested` (an early payout waiting for an admin) → `pending` (to be paid:
 * by a finance team on the manual rail, or sent to Stripe) → `processing`
 * (sent to Stripe) → `paid` | `failed`; a request an admin refuses is
 * `rejected`. A failed or rejected payout returns its amount to the payee.
 */
export const PAYOUT_STATUSES = ["requested", "pending", "processing", "paid", "failed", "rejected"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/** A payout not finished yet: at most one per payee and currency (`open_key`). */
export const OPEN_PAYOUT_STATUSES: readonly PayoutStatus[] = ["requested", "pending", "processing"]

/** One payment of a payee's available balance, with the earnings it pays as items. */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "po" }).primaryKey(),
    owner_type: model.enum([...PAYEE_TYPES]),
    owner_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber().default(0),
    status: model.enum([...PAYOUT_STATUSES]),
    method: model.enum([...PAYOUT_METHODS]),
    destination_hint: model.text(),
    stripe_account_id: model.text().nullable(),
    // The bank transfer's reference on the manual rail, the Stripe transfer id on Connect.
    provider_reference: model.text().nullable(),
    failure_reason: model.text().nullable(),
    // Asked for by the payee before the schedule; an admin approves or rejects it.
    early: model.boolean().default(false),
    requested_by: model.text().nullable(),
    decided_by: model.text().nullable(),
    decision_reason: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    processing_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    failed_at: model.dateTime().nullable(),
    marked_paid_by: model.text().nullable(),
    idempotency_key: model.text().unique(),
    // `<owner_type>:<owner_id>:<currency>` while the payout is open, null after:
    // unique, so two runs (on two workers) can never open two payouts for one payee.
    open_key: model.text().nullable(),
    items: model.hasMany(() => PayoutItem, { mappedBy: "payout" }),
  })
  .indexes([
    { on: ["open_key"], unique: true, where: "open_key IS NOT NULL" },
    { on: ["owner_type", "owner_id", "created_at"] },
    { on: ["status", "created_at"] },
  ])
  .cascades({ delete: ["items"] })

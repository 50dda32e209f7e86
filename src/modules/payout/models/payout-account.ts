import { model } from "@medusajs/framework/utils"

export const PAYEE_TYPES = ["vendor", "courier"] as const
export type PayeeType = (typeof PAYEE_TYPES)[number]

export const PAYOUT_METHODS = ["manual", "stripe_connect"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

/**
 * Where a payee's payouts go: bank details that a finance team pays by hand
 * (encrypted at rest with PAYOUT_ENCRYPTION_KEY; only `destination_hint` is
 * readable), or a Stripe Connect account that receives transfers. One per payee.
 */
export const PayoutAccount = model
  .define("payout_account", {
    id: model.id({ prefix: "poacc" }).primaryKey(),
    owner_type: model.enum([...PAYEE_TYPES]),
    owner_id: model.text(),
    method: model.enum([...PAYOUT_METHODS]),
    bank_details_encrypted: model.text().nullable(),
    stripe_account_id: model.text().nullable(),
    // What a payee or an admin may read of the destination: bank and last four digits, or the Stripe account.
    destination_hint: model.text(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["owner_type", "owner_id"], unique: true }])

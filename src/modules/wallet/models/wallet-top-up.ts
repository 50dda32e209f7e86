import { model } from "@medusajs/framework/utils"

export const WALLET_TOP_UP_STATUSES = ["pending", "credited", "canceled"] as const
export type WalletTopUpStatus = (typeof WALLET_TOP_UP_STATUSES)[number]

/**
 * A customer's request to add money to the wallet, paid with Medusa's
 * payment module: its payment collection is paid through Medusa's own
 * payment-session routes, and the wallet is credited once, when the payment
 * is captured (`transaction_id` is the credit).
 */
export const WalletTopUp = model
  .define("wallet_top_up", {
    id: model.id({ prefix: "wtop" }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    payment_collection_id: model.text().unique(),
    status: model.enum([...WALLET_TOP_UP_STATUSES]).default("pending"),
    transaction_id: model.text().nullable(),
    credited_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }])

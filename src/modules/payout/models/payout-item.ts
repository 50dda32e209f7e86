import { model } from "@medusajs/framework/utils"
import { Payout } from "./payout"

/**
 * One earning a payout pays: a settled vendor order or a courier's delivery
 * (`reference_type`/`reference_id`), from the ledger transaction that moved
 * it, with what the customer paid for it (`gross`), the platform's
 * commission, other fees, and the payee's `net` (gross − commission − fees).
 */
export const PayoutItem = model
  .define("payout_item", {
    id: model.id({ prefix: "poitem" }).primaryKey(),
    transaction_id: model.text(),
    transaction_type: model.text(),
    reference_type: model.text(),
    reference_id: model.text(),
    gross: model.bigNumber(),
    commission: model.bigNumber(),
    fees: model.bigNumber(),
    net: model.bigNumber(),
    available_at: model.dateTime(),
    payout: model.belongsTo(() => Payout, { mappedBy: "items" }),
  })
  .indexes([{ on: ["transaction_id"] }])

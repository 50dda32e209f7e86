import { model } from "@medusajs/framework/utils"
import { LEDGER_TRANSACTION_TYPES } from "../ledger-types"
import { LedgerEntry } from "./ledger-entry"

/**
 * One movement of value: two or more entries that sum to zero in each
 * currency. Written once by `postTransaction` and never changed; a mistake is
 * corrected by another transaction. The idempotency key is unique, so a
 * retried posting finds the first one instead of moving the money twice.
 */
export const LedgerTransaction = model
  .define("ledger_transaction", {
    id: model.id({ prefix: "ltx" }).primaryKey(),
    type: model.enum([...LEDGER_TRANSACTION_TYPES]),
    // What the money moved for: an order, a refund, a payout, an adjustment…
    reference_type: model.text(),
    reference_id: model.text(),
    idempotency_key: model.text().unique(),
    // A digest of the posting's content: a replayed key must carry the same.
    content_hash: model.text(),
    note: model.text().nullable(),
    actor_type: model.text().nullable(),
    actor_id: model.text().nullable(),
    entries: model.hasMany(() => LedgerEntry, { mappedBy: "transaction" }),
  })
  .indexes([{ on: ["reference_type", "reference_id"] }])

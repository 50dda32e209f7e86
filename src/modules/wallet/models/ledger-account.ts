import { model } from "@medusajs/framework/utils"
import { LEDGER_OWNER_TYPES } from "../ledger-types"
import { LedgerEntry } from "./ledger-entry"

/**
 * One balance holder in one currency: a customer's wallet, a vendor's or a
 * courier's earnings, a platform account (`clearing`, `commission`,
 * `delivery`, `adjustments`) or an external rail (`external` + provider id).
 *
 * `balance` is a cache of the sum of the account's entries, written in the
 * same database transaction as the entries; its row is also what a posting
 * locks. `GET /admin/ledger/check` proves it equals the sum.
 */
export const LedgerAccount = model
  .define("ledger_account", {
    id: model.id({ prefix: "lacc" }).primaryKey(),
    owner_type: model.enum([...LEDGER_OWNER_TYPES]),
    owner_id: model.text(),
    currency_code: model.text(),
    balance: model.bigNumber().default(0),
    entries: model.hasMany(() => LedgerEntry, { mappedBy: "account" }),
  })
  .indexes([{ on: ["owner_type", "owner_id", "currency_code"], unique: true }])

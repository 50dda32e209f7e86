import { model } from "@medusajs/framework/utils"
import { LedgerAccount } from "./ledger-account"
import { LedgerTransaction } from "./ledger-transaction"

/**
 * One signed line of a transaction on one account: positive adds to the
 * account, negative takes from it. Append-only. An entry dated in the future
 * (`available_at`) counts in the balance but is pending until then.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    amount: model.bigNumber(),
    // Copied from the account, so the per-currency sum of a transaction is one query.
    currency_code: model.text(),
    available_at: model.dateTime(),
    transaction: model.belongsTo(() => LedgerTransaction, { mappedBy: "entries" }),
    account: model.belongsTo(() => LedgerAccount, { mappedBy: "entries" }),
  })
  .indexes([{ on: ["account_id", "created_at"] }, { on: ["account_id", "available_at"] }])

import { model } from "@medusajs/framework/utils"
import { LEDGER_OWNER_TYPES } from "../ledger-types"

/**
 * An amount of an account's balance that may not leave it for now (a dispute
 * holds it): it still counts in the balance, but not in what is available to
 * spend or pay out, until it is released. A freeze moves no money, so it is
 * not a transaction; it names what froze it (`reference_type`/`reference_id`,
 * e.g. the disputed order), once per reference and account while active.
 */
export const LedgerFreeze = model
  .define("ledger_freeze", {
    id: model.id({ prefix: "lfrz" }).primaryKey(),
    owner_type: model.enum([...LEDGER_OWNER_TYPES]),
    owner_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    reason: model.text(),
    reference_type: model.text(),
    reference_id: model.text(),
    released_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["owner_type", "owner_id", "currency_code"] },
    { on: ["reference_type", "reference_id", "owner_type", "owner_id", "currency_code"], unique: true, where: "released_at IS NULL", name: "IDX_ledger_freeze_active_reference_unique" },
  ])

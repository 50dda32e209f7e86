import { model } from "@medusajs/framework/utils"
import { CommissionLine } from "./commission-line"

/**
 * One change to what the platform keeps of an order line, after placement: a
 * refund, a return or a cancel. Lines are never rewritten; a line's amount now
 * is its placed amount plus its adjustments. `cause` names what caused the
 * change (`refund:<refund id>`, `return:<return id>`, `cancel:<order id>`) and
 * is unique per line, so a repeated event records nothing more and the ledger
 * can post each adjustment exactly once.
 */
export const CommissionAdjustment = model
  .define("commission_adjustment", {
    id: model.id({ prefix: "comadj" }).primaryKey(),
    commission_line: model.belongsTo(() => CommissionLine, { mappedBy: "adjustments" }),
    order_id: model.text(),
    vendor_id: model.text(),
    cause: model.text(),
    currency_code: model.text(),
    // Signed: a refund lowers the base and the commission, so both are usually negative.
    base_delta: model.bigNumber(),
    amount_delta: model.bigNumber(),
  })
  .indexes([
    { on: ["commission_line_id", "cause"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id", "created_at"] },
  ])

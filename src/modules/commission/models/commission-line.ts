import { model } from "@medusajs/framework/utils"
import { CommissionAdjustment } from "./commission-adjustment"

/**
 * What the platform keeps of one order line, as placed. The rule's rate is
 * copied here at placement, so later edits to the rule never change a placed
 * order. A line is never rewritten: a refund, return or cancel adds a
 * `CommissionAdjustment`, and the line's amount now is `original_amount` plus
 * its adjustments (`CommissionModuleService.currentLines`).
 * Every amount is in `currency_code`, the order's currency.
 */
export const CommissionLine = model
  .define("commission_line", {
    id: model.id({ prefix: "coml" }).primaryKey(),
    order_id: model.text(),
    // The order's line item, not the cart's.
    line_item_id: model.text(),
    vendor_id: model.text(),
    // Null when no rule applied: the line is kept, with a commission of 0.
    rule_id: model.text().nullable(),
    percent_rate: model.bigNumber().nullable(),
    // Only when the rule's flat amount was in the order's currency, so it is charged.
    flat_amount: model.bigNumber().nullable(),
    currency_code: model.text(),
    // The line's total after discounts, without tax, at placement: what the commission was charged on.
    original_base_amount: model.bigNumber(),
    original_amount: model.bigNumber(),
    adjustments: model.hasMany(() => CommissionAdjustment, { mappedBy: "commission_line" }),
  })
  .indexes([{ on: ["order_id"] }, { on: ["vendor_id", "created_at"] }, { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["adjustments"] })

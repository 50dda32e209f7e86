import { model } from "@medusajs/framework/utils"

/**
 * How much the platform keeps of a sale. A rule applies to every sale
 * (no vendor, no category), to a category, to a vendor, or to a vendor within
 * a category; the most specific rule that applies wins.
 */
export const CommissionRule = model.define("commission_rule", {
  id: model.id({ prefix: "comr" }).primaryKey(),
  name: model.text(),
  vendor_id: model.text().nullable(),
  category_id: model.text().nullable(),
  // Percent of the line's amount, 0–100.
  percent_rate: model.bigNumber().nullable(),
  // A fixed amount per order line, in `currency_code`.
  flat_amount: model.bigNumber().nullable(),
  currency_code: model.text().nullable(),
  // Among rules equally specific, the higher priority wins.
  priority: model.number().default(0),
  is_active: model.boolean().default(true),
})

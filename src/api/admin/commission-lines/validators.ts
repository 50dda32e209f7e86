import { z } from "@medusajs/framework/zod"
import { listQueryParams, type ListShape } from "../../list-query"

const ids = (field: string) =>
  z.union([z.string().trim().min(1, `${field} must not be empty`), z.array(z.string().trim().min(1, `${field} must not be empty`))])

export const commissionLineFields = [
  "id",
  "order_id",
  "line_item_id",
  "vendor_id",
  "rule_id",
  "percent_rate",
  "flat_amount",
  "currency_code",
  "base_amount",
  "amount",
  "original_base_amount",
  "original_amount",
  "adjustments.id",
  "adjustments.cause",
  "adjustments.base_delta",
  "adjustments.amount_delta",
  "adjustments.created_at",
  "created_at",
  "updated_at",
]

/** Not stored: a line's base and amount now are its placed ones plus its adjustments. */
export const COMPUTED_FIELDS = ["base_amount", "amount"]

/** What the amounts now are computed from. */
export const AMOUNT_NOW_FIELDS = [
  "original_base_amount",
  "original_amount",
  "adjustments.cause",
  "adjustments.base_delta",
  "adjustments.amount_delta",
]

/** `base_amount` and `amount` are computed, so they cannot order the list; the placed amounts can. */
export const commissionLineList: ListShape = {
  fields: commissionLineFields,
  order: ["created_at", "updated_at", "order_id", "vendor_id", "original_base_amount", "original_amount"],
}

export const AdminGetCommissionLinesParams = listQueryParams(commissionLineList)
  .extend({
    order_id: ids("order_id").optional(),
    vendor_id: ids("vendor_id").optional(),
  })
  .strict()

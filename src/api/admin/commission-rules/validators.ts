import { z } from "@medusajs/framework/zod"
import { MAX_AMOUNT, MAX_INTEGER, tooLarge } from "../../input-limits"
import { listQueryParams, type ListShape } from "../../list-query"

const fields = {
  name: z.string().trim().min(1).max(120),
  vendor_id: z.string().trim().min(1).nullable(),
  category_id: z.string().trim().min(1).nullable(),
  percent_rate: z.number().min(0, "percent_rate must be between 0 and 100").max(100, "percent_rate must be between 0 and 100").nullable(),
  flat_amount: z.number().min(0, "flat_amount must be zero or more").max(MAX_AMOUNT, tooLarge("flat_amount", MAX_AMOUNT)).nullable(),
  currency_code: z.string().trim().length(3, "currency_code must be a three-letter ISO code").toLowerCase().nullable(),
  priority: z.number().int().min(-MAX_INTEGER).max(MAX_INTEGER, tooLarge("priority", MAX_INTEGER)),
  is_active: z.boolean(),
}

export const AdminCreateCommissionRule = z
  .object({
    ...fields,
    vendor_id: fields.vendor_id.optional(),
    category_id: fields.category_id.optional(),
    percent_rate: fields.percent_rate.optional(),
    flat_amount: fields.flat_amount.optional(),
    currency_code: fields.currency_code.optional(),
    priority: fields.priority.default(0),
    is_active: fields.is_active.default(true),
  })
  .strict()
  .refine((rule) => rule.percent_rate != null || rule.flat_amount != null, {
    message: "percent_rate or flat_amount is required: a rule must charge something",
    path: ["percent_rate"],
  })
  .refine((rule) => rule.flat_amount == null || !!rule.currency_code, {
    message: "currency_code is required with flat_amount",
    path: ["currency_code"],
  })
export type AdminCreateCommissionRuleBody = z.infer<typeof AdminCreateCommissionRule>

export const AdminUpdateCommissionRule = z.object(fields).partial().strict()
export type AdminUpdateCommissionRuleBody = z.infer<typeof AdminUpdateCommissionRule>

export const commissionRuleFields = [
  "id",
  "name",
  "vendor_id",
  "category_id",
  "percent_rate",
  "flat_amount",
  "currency_code",
  "priority",
  "is_active",
  "created_at",
  "updated_at",
]

export const commissionRuleList: ListShape = {
  fields: commissionRuleFields,
  order: ["name", "priority", "percent_rate", "flat_amount", "created_at", "updated_at"],
}

export const AdminGetCommissionRulesParams = listQueryParams(commissionRuleList)
  .extend({
    vendor_id: z.string().optional(),
    category_id: z.string().optional(),
    is_active: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional(),
  })
  .strict()

import { z } from "@medusajs/framework/zod"

export const AdminCancelVendorOrder = z
  .object({
    reason: z
      .string()
      .trim()
      .min(3, "reason must say why, in at least 3 characters")
      .max(500, "reason must be at most 500 characters"),
  })
  .strict()
export type AdminCancelVendorOrderType = z.infer<typeof AdminCancelVendorOrder>

export const AdminRefundVendorOrder = z
  .object({
    amount: z.number({ error: "amount is required: how much of the order to refund" }).positive("amount must be more than 0"),
    note: z.string().trim().min(1, "note must not be empty").max(500, "note must be at most 500 characters").optional(),
  })
  .strict()
export type AdminRefundVendorOrderType = z.infer<typeof AdminRefundVendorOrder>

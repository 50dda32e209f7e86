import { z } from "@medusajs/framework/zod"
import { MAX_AMOUNT, tooLarge } from "../../input-limits"

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
    amount: z
      .number({ error: "amount is required: how much of the order to refund, a finite number" })
      .positive("amount must be more than 0")
      .max(MAX_AMOUNT, tooLarge("amount", MAX_AMOUNT)),
    note: z.string().trim().min(1, "note must not be empty").max(500, "note must be at most 500 characters").optional(),
    destination: z
      .enum(["original", "wallet"], { error: 'destination must be "original" (the payment method) or "wallet" (the customer\'s wallet)' })
      .optional(),
  })
  .strict()
export type AdminRefundVendorOrderType = z.infer<typeof AdminRefundVendorOrder>

// The cash recorded as collected, by an admin here or by the store: one body (src/api/wallet-params.ts).
export { CashCollected as AdminCashCollected, type CashCollectedType as AdminCashCollectedType } from "../../wallet-params"

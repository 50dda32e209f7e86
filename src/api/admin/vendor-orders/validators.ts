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

import { z } from "@medusajs/framework/zod"

export const StoreCancelOrder = z
  .object({ reason: z.string().trim().min(1).max(500, "reason must be at most 500 characters").optional() })
  .strict()
export type StoreCancelOrderType = z.infer<typeof StoreCancelOrder>

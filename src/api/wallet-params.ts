import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MAX_INTEGER } from "./input-limits"

/**
 * Query parameters of the wallet routes of customers and vendors, which read
 * the signed-in owner's own wallet.
 */

const currencyCode = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code, e.g. syp")
  .optional()

export const GetWalletParams = z.object({ currency_code: currencyCode }).strict()
export type GetWalletParamsType = z.infer<typeof GetWalletParams>

export const GetWalletTransactionsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z
    .object({
      limit: z.coerce.number().int().min(1).max(100).default(20),
      offset: z.coerce.number().int().min(0).max(MAX_INTEGER).default(0),
      order: z
        .string()
        .refine((value) => value === "created_at" || value === "-created_at", "order must be created_at or -created_at")
        .default("-created_at"),
      currency_code: currencyCode,
    })
    .strict()
)
export type GetWalletTransactionsParamsType = z.infer<typeof GetWalletTransactionsParams>

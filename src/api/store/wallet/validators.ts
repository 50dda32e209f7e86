import { z } from "@medusajs/framework/zod"
import { MAX_AMOUNT, tooLarge } from "../../input-limits"
import { listQueryConfig, listQueryParams, type ListShape } from "../../list-query"

export const StoreCreateTopUp = z
  .object({
    amount: z
      .number({ error: "amount is required: how much to add to the wallet, a finite number" })
      .positive("amount must be more than 0")
      .max(MAX_AMOUNT, tooLarge("amount", MAX_AMOUNT)),
    currency_code: z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code, e.g. syp")
      .optional(),
  })
  .strict()
export type StoreCreateTopUpType = z.infer<typeof StoreCreateTopUp>

export const topUpFields = ["id", "amount", "currency_code", "status", "payment_collection_id", "transaction_id", "created_at", "credited_at"]

export const TOP_UP_LIST: ListShape = { fields: topUpFields, order: ["created_at"], defaultOrder: "-created_at" }
export const StoreGetTopUpsParams = listQueryParams(TOP_UP_LIST).strict()
export const storeTopUpsQueryConfig = listQueryConfig(topUpFields, TOP_UP_LIST)

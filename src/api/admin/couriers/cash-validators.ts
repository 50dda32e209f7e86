import { z } from "@medusajs/framework/zod"
import { MAX_AMOUNT, tooLarge } from "../../input-limits"
import { listQueryParams, type ListShape } from "../../list-query"

const currencyCode = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code, e.g. syp")
  .transform((code) => code.toLowerCase())
  .optional()

/** The postings on a courier's account, newest first. */
export const ADMIN_COURIER_CASH_TRANSACTIONS: ListShape = {
  fields: ["id", "type", "reference_type", "reference_id", "created_at", "amount", "note", "actor_type", "actor_id"],
  order: ["created_at"],
  defaultOrder: "-created_at",
}

export const AdminGetCourierCashParams = listQueryParams(ADMIN_COURIER_CASH_TRANSACTIONS).extend({ currency_code: currencyCode }).strict()
export type AdminGetCourierCashParamsType = z.infer<typeof AdminGetCourierCashParams>

/** Couriers' cash in one currency, those who owe the most first. */
export const ADMIN_COURIER_CASH_LIST: ListShape = {
  fields: [
    "courier_id",
    "courier.id",
    "courier.first_name",
    "courier.last_name",
    "courier.phone",
    "courier.status",
    "currency_code",
    "balance",
    "available",
    "pending",
    "frozen",
    "cash_owed",
    "cash_limit",
    "cash_limit_reached",
  ],
  order: ["balance"],
  defaultOrder: "balance",
}

export const AdminGetCouriersCashParams = listQueryParams(ADMIN_COURIER_CASH_LIST)
  .extend({
    currency_code: currencyCode,
    owing: z
      .enum(["true", "false"], { message: "owing must be true or false" })
      .transform((value) => value === "true")
      .optional(),
  })
  .strict()
export type AdminGetCouriersCashParamsType = z.infer<typeof AdminGetCouriersCashParams>

/** Cash a courier hands in at the cash desk, with the receipt's reference (a retry with it records nothing more). */
export const AdminCreateCourierDeposit = z
  .object({
    amount: z
      .number({ error: "amount is required: the cash handed in, a number more than 0" })
      .positive("amount must be more than 0")
      .max(MAX_AMOUNT, tooLarge("amount", MAX_AMOUNT)),
    currency_code: currencyCode,
    reference: z
      .string({ error: "reference is required: the receipt number of the deposit" })
      .trim()
      .min(1, "reference must not be empty")
      .max(100, "reference must be at most 100 characters")
      .regex(/^[^\s:]+$/, "reference must be one word without spaces or colons, such as a receipt number"),
  })
  .strict()
export type AdminCreateCourierDepositType = z.infer<typeof AdminCreateCourierDeposit>

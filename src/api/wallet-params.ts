import { z } from "@medusajs/framework/zod"
import { walletTransactionFields } from "../queries/wallet"
import { MAX_AMOUNT, tooLarge } from "./input-limits"
import { listQueryConfig, listQueryParams, type ListShape } from "./list-query"

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

/** A wallet's transactions: newest first unless `order=created_at`. */
export const WALLET_TRANSACTION_LIST: ListShape = { fields: walletTransactionFields, order: ["created_at"], defaultOrder: "-created_at" }

export const GetWalletTransactionsParams = listQueryParams(WALLET_TRANSACTION_LIST).extend({ currency_code: currencyCode }).strict()

export const walletTransactionsQueryConfig = listQueryConfig(walletTransactionFields, WALLET_TRANSACTION_LIST)
export type GetWalletTransactionsParamsType = z.infer<typeof GetWalletTransactionsParams>

const statementDate = (name: "from" | "to") =>
  z
    .string()
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `${name} must be a date such as 2026-12-01 or 2026-12-01T00:00:00Z`,
    })
    .transform((value) => new Date(value))
    .optional()

/** A statement's period: `from` (inclusive, default the first of this month) to `to` (exclusive, default now). */
export const GetWalletStatementParams = z
  .object({ from: statementDate("from"), to: statementDate("to"), currency_code: currencyCode })
  .strict()
  .superRefine((value, context) => {
    if (value.from && value.to && value.from >= value.to) {
      context.addIssue({ code: "custom", path: ["to"], message: "to must be after from" })
    }
  })
export type GetWalletStatementParamsType = z.infer<typeof GetWalletStatementParams>

/** The cash collected for an order paid on delivery: the whole amount it owes (admin and vendor routes). */
export const CashCollected = z
  .object({
    amount: z
      .number({ error: "amount is required: the cash collected for the order, a finite number" })
      .positive("amount must be more than 0")
      .max(MAX_AMOUNT, tooLarge("amount", MAX_AMOUNT)),
  })
  .strict()
export type CashCollectedType = z.infer<typeof CashCollected>

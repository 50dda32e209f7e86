import { z } from "@medusajs/framework/zod"
import { PAYOUT_STATUSES } from "../modules/payout/models/payout"
import { adminPayoutFields, payeePayoutFields } from "../queries/payouts"
import { listQueryConfig, listQueryParams, type ListShape } from "./list-query"

/**
 * Bodies and query parameters of the payout routes of vendors, couriers and
 * admins (docs/payouts.md).
 */

const currencyCode = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code, e.g. syp")

const text = (name: string, max: number, min = 2) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${name} is required` : `${name} must be text`) })
    .trim()
    .min(min, `${name} must be at least ${min} characters`)
    .max(max, `${name} must be at most ${max} characters`)

const BankDetails = z
  .object({
    account_holder: text("bank_details.account_holder", 200),
    bank_name: text("bank_details.bank_name", 200),
    account_number: z
      .string({ error: "bank_details.account_number is required, as text" })
      .trim()
      .regex(/^[A-Za-z0-9 -]{6,40}$/, "bank_details.account_number must be an IBAN or account number: 6 to 40 letters, digits, spaces or dashes"),
    swift_code: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?$/, "bank_details.swift_code must be an 8 or 11 character SWIFT/BIC code")
      .nullish(),
    branch: text("bank_details.branch", 200).nullish(),
  })
  .strict()

/** `POST /vendor|courier/payout-account`: manual bank details, or a Stripe Connect account. */
export const SetPayoutAccount = z.discriminatedUnion(
  "method",
  [
    z.object({ method: z.literal("manual"), bank_details: BankDetails }).strict(),
    z
      .object({
        method: z.literal("stripe_connect"),
        stripe_account_id: z
          .string({ error: "stripe_account_id is required, as text" })
          .trim()
          .regex(/^acct_[A-Za-z0-9]{1,64}$/, "stripe_account_id must be a Stripe account id such as acct_1AbC…"),
      })
      .strict(),
  ],
  { error: "method must be manual or stripe_connect" }
)
export type SetPayoutAccountType = z.infer<typeof SetPayoutAccount>

/** `POST /vendor|courier/payouts`: an early payout of the available balance in a currency (the store's default when not given). */
export const RequestEarlyPayout = z.object({ currency_code: currencyCode.optional() }).strict()
export type RequestEarlyPayoutType = z.infer<typeof RequestEarlyPayout>

const statusFilter = z.union([z.enum(PAYOUT_STATUSES), z.array(z.enum(PAYOUT_STATUSES))], {
  error: `status must be one of ${PAYOUT_STATUSES.join(", ")}`,
})

export const PAYEE_PAYOUT_LIST: ListShape = {
  fields: payeePayoutFields,
  order: ["created_at", "amount", "status"],
  defaultOrder: "-created_at",
}
export const GetPayeePayoutsParams = listQueryParams(PAYEE_PAYOUT_LIST)
  .extend({ status: statusFilter.optional(), currency_code: currencyCode.optional() })
  .strict()
export const payeePayoutsQueryConfig = listQueryConfig(payeePayoutFields, PAYEE_PAYOUT_LIST)

export const ADMIN_PAYOUT_LIST: ListShape = {
  fields: adminPayoutFields,
  order: ["created_at", "amount", "status", "updated_at"],
  defaultOrder: "-created_at",
}
export const AdminGetPayoutsParams = listQueryParams(ADMIN_PAYOUT_LIST)
  .extend({
    status: statusFilter.optional(),
    owner_type: z.enum(["vendor", "courier"], { error: "owner_type must be vendor or courier" }).optional(),
    owner_id: z.string().trim().min(1, "owner_id must not be empty").optional(),
    currency_code: currencyCode.optional(),
    early: z
      .enum(["true", "false"], { error: "early must be true or false" })
      .transform((value) => value === "true")
      .optional(),
  })
  .strict()
export const adminPayoutsQueryConfig = listQueryConfig(adminPayoutFields, ADMIN_PAYOUT_LIST)

export const AdminExportPayoutsParams = z
  .object({ currency_code: currencyCode.optional(), owner_type: z.enum(["vendor", "courier"]).optional() })
  .strict()

export const AdminMarkPayoutPaid = z.object({ reference: text("reference", 200, 3) }).strict()
export const AdminMarkPayoutFailed = z.object({ reason: text("reason", 1000, 3) }).strict()
export const AdminApprovePayout = z.object({ reason: text("reason", 1000, 3).optional() }).strict()
export const AdminRejectPayout = z.object({ reason: text("reason", 1000, 3) }).strict()
export const AdminRunPayouts = z.object({}).strict()

import type { BigNumberInput } from "@medusajs/framework/types"

/** Who holds an account. `external` accounts stand for a payment or payout rail (owner_id: the provider id). */
export const LEDGER_OWNER_TYPES = ["customer", "vendor", "courier", "platform", "external"] as const
export type LedgerOwnerType = (typeof LEDGER_OWNER_TYPES)[number]

/** Why money moved. A new kind of movement adds its type here (and a migration of the check). */
export const LEDGER_TRANSACTION_TYPES = [
  "payment",
  "refund",
  "settlement",
  "adjustment",
  "top_up",
  "payout",
  "payout_reversal",
  "commission_adjustment",
  "cash_collection",
  // A wallet payment's authorisation holds the amount; a release gives it back.
  "hold",
  "hold_release",
  // Posted by a workflow's compensation: the opposite of a transaction it had posted.
  "reversal",
] as const
export type LedgerTransactionType = (typeof LEDGER_TRANSACTION_TYPES)[number]

/** The platform's own accounts, in every currency (owner_type `platform`). */
export const PLATFORM_ACCOUNTS = {
  // Money received and not yet allocated to a vendor, courier or the platform.
  clearing: "clearing",
  commission: "commission",
  delivery: "delivery",
  // The other side of every manual adjustment an admin makes.
  adjustments: "adjustments",
  // Wallet money held by authorised wallet payments, until captured or released.
  wallet_holds: "wallet_holds",
  // Tax collected on orders, kept for the state.
  tax: "tax",
  // What the platform pays for the points discounts it funds (docs/loyalty.md).
  loyalty: "loyalty",
  // Payouts on their way: taken from a payee's balance, until the rail pays them out or they fail and return.
  payouts: "payouts",
} as const
export type PlatformAccountName = keyof typeof PLATFORM_ACCOUNTS

/** An account's identity: found or created on first use. */
export type LedgerAccountKey = {
  owner_type: LedgerOwnerType
  owner_id: string
  currency_code: string
}

export const platformAccount = (name: PlatformAccountName, currencyCode: string): LedgerAccountKey => ({
  owner_type: "platform",
  owner_id: PLATFORM_ACCOUNTS[name],
  currency_code: currencyCode,
})

/** The account standing for a payment or payout rail, `external:<provider>`. */
export const externalAccount = (providerId: string, currencyCode: string): LedgerAccountKey => ({
  owner_type: "external",
  owner_id: providerId,
  currency_code: currencyCode,
})

export type PostingEntryInput = LedgerAccountKey & {
  /** Signed, in the currency's main unit: positive adds to the account. */
  amount: BigNumberInput
  /** When the amount can be spent or paid out; now when omitted. */
  available_at?: Date | string | null
}

export type PostTransactionInput = {
  type: LedgerTransactionType
  reference_type: string
  reference_id: string
  idempotency_key: string
  note?: string | null
  actor_type?: string | null
  actor_id?: string | null
  entries: PostingEntryInput[]
}

/** Per-currency limits of what a courier may owe (COURIER_CASH_LIMIT), in main units. */
export type CourierCashLimits = Record<string, number>

export type RefundDestinationSetting = "original" | "wallet"

export type WalletModuleOptions = {
  courier_cash_limit?: CourierCashLimits
  /** VENDOR_HOLD_DAYS: how long a vendor's settled earnings stay pending before they can be paid out. */
  vendor_hold_days?: number
  /** REFUND_DESTINATION: where a refund goes when the admin does not choose. */
  refund_destination?: RefundDestinationSetting
  /** COURIER_FEE_SHARE: the fraction of a delivery's fee its courier earns (0 to 1); the platform keeps the rest. */
  courier_fee_share?: number
}

export type LedgerEntryView = LedgerAccountKey & {
  id: string
  account_id: string
  amount: number
  currency_code: string
  available_at: Date
}

export type LedgerTransactionView = {
  id: string
  content_hash: string
  type: LedgerTransactionType
  reference_type: string
  reference_id: string
  idempotency_key: string
  note: string | null
  actor_type: string | null
  actor_id: string | null
  created_at: Date
  entries: LedgerEntryView[]
}

export type PostedTransaction = {
  transaction: LedgerTransactionView
  /** False when the idempotency key had already been posted with the same content. */
  created: boolean
}

/** What an account holds: `available` can be spent or paid out, `pending` not yet, `frozen` is held by disputes. */
export type WalletBalance = {
  currency_code: string
  balance: number
  available: number
  pending: number
  frozen: number
}

export type LedgerCheck = {
  name: string
  description: string
  ok: boolean
  failures: number
  /** A few offending ids, to start an investigation from. */
  examples: string[]
}

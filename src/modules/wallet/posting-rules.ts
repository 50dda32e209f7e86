import type { BigNumberInput } from "@medusajs/framework/types"
import { defaultCurrencies, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createHash } from "crypto"
import {
  LEDGER_OWNER_TYPES,
  LEDGER_TRANSACTION_TYPES,
  type CourierCashLimits,
  type LedgerAccountKey,
  type LedgerOwnerType,
  type LedgerTransactionType,
  type PostTransactionInput,
} from "./ledger-types"

/**
 * The rules a posting must follow before anything is written: pure, and unit
 * tested. The service applies them inside the database transaction.
 */

type BigNumberJS = ReturnType<typeof MathBN.convert>

export type NormalizedEntry = LedgerAccountKey & { amount: BigNumberJS; available_at: Date | null }
export type NormalizedPosting = Omit<PostTransactionInput, "entries"> & { entries: NormalizedEntry[] }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The currency's number of decimals (Medusa's list: SYP 0, USD 2, KWD 3); 2 for a code it does not know. */
export function currencyPrecision(currencyCode: string): number {
  return defaultCurrencies[currencyCode.toUpperCase()]?.decimal_digits ?? 2
}

/** Whether `amount` can be paid in the currency: no more decimals than it has. */
export function isAtCurrencyPrecision(amount: BigNumberInput, currencyCode: string): boolean {
  const value = MathBN.convert(amount)
  return value.isFinite() && (value.decimalPlaces() ?? 0) <= currencyPrecision(currencyCode)
}

/** `customer:cus_1:syp`: one account's identity as a string, for maps and messages. */
export const accountKeyString = (key: LedgerAccountKey) => `${key.owner_type}:${key.owner_id}:${key.currency_code}`

function requiredText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw invalid(`${field} is required.`)
  }
  return value.trim()
}

/**
 * Checks a posting and puts it in one shape: lower-case currencies, amounts
 * as BigNumber, dates as Date. Refuses (400, naming the field) fewer than two
 * entries, zero or malformed amounts, more decimals than the currency has,
 * and entries that do not sum to zero in each currency.
 */
export function normalizePosting(input: PostTransactionInput): NormalizedPosting {
  if (!LEDGER_TRANSACTION_TYPES.includes(input.type)) {
    throw invalid(`type must be one of ${LEDGER_TRANSACTION_TYPES.join(", ")}; got '${input.type}'.`)
  }
  const posting = {
    ...input,
    reference_type: requiredText(input.reference_type, "reference_type"),
    reference_id: requiredText(input.reference_id, "reference_id"),
    idempotency_key: requiredText(input.idempotency_key, "idempotency_key"),
  }
  if (!Array.isArray(input.entries) || input.entries.length < 2) {
    throw invalid("entries must hold at least two entries: money leaves one account and enters another.")
  }
  const entries = input.entries.map((entry, index): NormalizedEntry => {
    const field = `entries[${index}]`
    if (!LEDGER_OWNER_TYPES.includes(entry.owner_type as LedgerOwnerType)) {
      throw invalid(`${field}.owner_type must be one of ${LEDGER_OWNER_TYPES.join(", ")}; got '${entry.owner_type}'.`)
    }
    const currency = requiredText(entry.currency_code, `${field}.currency_code`).toLowerCase()
    if (!/^[a-z]{3}$/.test(currency)) {
      throw invalid(`${field}.currency_code must be a 3-letter ISO 4217 code; got '${entry.currency_code}'.`)
    }
    let amount: BigNumberJS
    try {
      amount = MathBN.convert(entry.amount)
    } catch {
      throw invalid(`${field}.amount must be a number; got '${String(entry.amount)}'.`)
    }
    if (!amount.isFinite()) {
      throw invalid(`${field}.amount must be a number; got '${String(entry.amount)}'.`)
    }
    if (amount.isZero()) {
      throw invalid(`${field}.amount must not be 0.`)
    }
    if (!isAtCurrencyPrecision(amount, currency)) {
      throw invalid(
        `${field}.amount ${amount.toFixed()} has more decimals than ${currency.toUpperCase()} allows (${currencyPrecision(currency)}).`
      )
    }
    let availableAt: Date | null = null
    if (entry.available_at !== undefined && entry.available_at !== null) {
      availableAt = new Date(entry.available_at)
      if (Number.isNaN(availableAt.getTime())) {
        throw invalid(`${field}.available_at is not a valid date.`)
      }
    }
    return {
      owner_type: entry.owner_type,
      owner_id: requiredText(entry.owner_id, `${field}.owner_id`),
      currency_code: currency,
      amount,
      available_at: availableAt,
    }
  })
  const unbalanced = [...sumByCurrency(entries)].filter(([, sum]) => !sum.isZero())
  if (unbalanced.length) {
    const sums = unbalanced.map(([currency, sum]) => `${sum.toFixed()} ${currency.toUpperCase()}`).join(", ")
    throw invalid(`entries must sum to zero in each currency; they sum to ${sums}.`)
  }
  return { ...posting, entries }
}

/** The sum of the entries in each currency. */
export function sumByCurrency(entries: { currency_code: string; amount: BigNumberInput }[]): Map<string, BigNumberJS> {
  const sums = new Map<string, BigNumberJS>()
  for (const entry of entries) {
    sums.set(entry.currency_code, MathBN.add(sums.get(entry.currency_code) ?? 0, entry.amount))
  }
  return sums
}

/**
 * A digest of what a posting moves (type, reference, entries in any order;
 * not the note or actor), so that a replayed idempotency key can be told
 * apart from a different posting that reused it.
 */
export function postingContentHash(posting: NormalizedPosting): string {
  const entries = posting.entries
    .map((entry) =>
      [accountKeyString(entry), entry.amount.toFixed(), entry.available_at ? entry.available_at.toISOString() : ""].join("|")
    )
    .sort()
  const content = JSON.stringify([posting.type, posting.reference_type, posting.reference_id, entries])
  return createHash("sha256").update(content).digest("hex")
}

/** The accounts a posting touches, each once, in one fixed order (so concurrent postings create them without deadlock). */
export function distinctAccounts(entries: LedgerAccountKey[]): LedgerAccountKey[] {
  const byKey = new Map<string, LedgerAccountKey>()
  for (const entry of entries) {
    const key = accountKeyString(entry)
    if (!byKey.has(key)) {
      byKey.set(key, { owner_type: entry.owner_type, owner_id: entry.owner_id, currency_code: entry.currency_code })
    }
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, key]) => key)
}

/** How much a posting changes each account: in total, and in what stays pending after `now`. */
export function changesByAccount(entries: NormalizedEntry[], now: Date): Map<string, { total: BigNumberJS; pending: BigNumberJS }> {
  const changes = new Map<string, { total: BigNumberJS; pending: BigNumberJS }>()
  for (const entry of entries) {
    const key = accountKeyString(entry)
    const change = changes.get(key) ?? { total: MathBN.convert(0), pending: MathBN.convert(0) }
    change.total = MathBN.add(change.total, entry.amount)
    if (entry.available_at && entry.available_at.getTime() > now.getTime()) {
      change.pending = MathBN.add(change.pending, entry.amount)
    }
    changes.set(key, change)
  }
  return changes
}

/**
 * The lowest an account may be taken to: 0 for a customer's wallet, minus the
 * courier's cash limit in that currency for a courier (cash collected and not
 * yet handed in), none for vendors, the platform and external rails.
 * Recording cash a courier has already collected (`cash_collection`) is never
 * refused: the cash is in its hands whatever the limit, which instead stops
 * it from being offered more cash orders (docs/couriers.md).
 */
export function balanceFloor(
  ownerType: LedgerOwnerType,
  currencyCode: string,
  courierCashLimits: CourierCashLimits,
  transactionType?: LedgerTransactionType
): BigNumberJS | null {
  if (ownerType === "customer") {
    return MathBN.convert(0)
  }
  if (ownerType === "courier" && transactionType !== "cash_collection") {
    return MathBN.mult(courierCashLimits[currencyCode.toLowerCase()] ?? 0, -1)
  }
  return null
}

/**
 * Why a debit must be refused, or null. Only an account the posting lowers
 * is held to its floor, so a credit to a courier already past a lowered limit
 * still goes through. What counts is the lower of the balance and the amount
 * available, so money still pending cannot be spent.
 */
export function floorViolation(
  account: LedgerAccountKey & { id: string },
  after: { balance: BigNumberInput; available: BigNumberInput },
  change: BigNumberInput,
  courierCashLimits: CourierCashLimits
): string | null {
  if (!MathBN.lt(change, 0)) {
    return null
  }
  const floor = balanceFloor(account.owner_type, account.currency_code, courierCashLimits)
  if (!floor) {
    return null
  }
  const lowest = MathBN.min(after.balance, after.available)
  if (MathBN.gte(lowest, floor)) {
    return null
  }
  const currency = account.currency_code.toUpperCase()
  const shortfall = MathBN.sub(floor, lowest).toFixed()
  const taken = MathBN.mult(change, -1).toFixed()
  const before = MathBN.sub(lowest, change).toFixed()
  if (account.owner_type === "customer") {
    return `The customer wallet ${account.owner_id} has ${before} ${currency} available; this takes ${taken} ${currency}, ${shortfall} ${currency} short.`
  }
  return `The courier ${account.owner_id} may owe at most ${MathBN.mult(floor, -1).toFixed()} ${currency} (COURIER_CASH_LIMIT); this takes ${taken} ${currency} from ${before} ${currency}, ${shortfall} ${currency} over the limit.`
}

/** The posting that undoes another: the same entries with opposite signs, available at once. */
export function reversalOf(
  original: { id: string; idempotency_key: string; entries: (LedgerAccountKey & { amount: BigNumberInput })[] },
  reason: string
): PostTransactionInput {
  return {
    type: "reversal",
    reference_type: "ledger_transaction",
    reference_id: original.id,
    idempotency_key: `${original.idempotency_key}:reversal`,
    note: reason,
    entries: original.entries.map((entry) => ({
      owner_type: entry.owner_type,
      owner_id: entry.owner_id,
      currency_code: entry.currency_code,
      amount: MathBN.mult(entry.amount, -1),
    })),
  }
}

import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import {
  externalAccount,
  platformAccount,
  type LedgerAccountKey,
  type PostingEntryInput,
  type PostTransactionInput,
} from "./ledger-types"

/**
 * Every movement of money Daraa makes, as the balanced transaction it posts
 * (`shared/ARCHITECTURE.md`, "Money flow"). Pure functions: each builds one
 * posting with its idempotency key, so whoever posts it (a payment provider,
 * a workflow, a subscriber replaying an event) posts it once.
 */

const customerAccount = (customerId: string, currencyCode: string): LedgerAccountKey => ({
  owner_type: "customer",
  owner_id: customerId,
  currency_code: currencyCode,
})

export const vendorAccount = (vendorId: string, currencyCode: string): LedgerAccountKey => ({
  owner_type: "vendor",
  owner_id: vendorId,
  currency_code: currencyCode,
})

export const courierAccount = (courierId: string, currencyCode: string): LedgerAccountKey => ({
  owner_type: "courier",
  owner_id: courierId,
  currency_code: currencyCode,
})

/** `amount` moves from `from` to `to`. */
const move = (from: LedgerAccountKey, to: LedgerAccountKey, amount: BigNumberInput, availableAt?: Date | null): PostingEntryInput[] => [
  { ...from, amount: MathBN.mult(amount, -1) },
  { ...to, amount, available_at: availableAt ?? null },
]

type WalletSession = { session_id: string; customer_id: string; currency_code: string; amount: BigNumberInput }

/** A wallet payment's authorisation: the amount leaves what the customer can spend and waits in the holds. */
export const walletHold = (session: WalletSession): PostTransactionInput => ({
  type: "hold",
  reference_type: "payment_session",
  reference_id: session.session_id,
  idempotency_key: `wallet:hold:${session.session_id}`,
  entries: move(customerAccount(session.customer_id, session.currency_code), platformAccount("wallet_holds", session.currency_code), session.amount),
})

/** A held wallet payment cancelled before capture: the amount goes back to the customer. */
export const walletHoldRelease = (session: WalletSession): PostTransactionInput => ({
  type: "hold_release",
  reference_type: "payment_session",
  reference_id: session.session_id,
  idempotency_key: `wallet:release:${session.session_id}`,
  entries: move(platformAccount("wallet_holds", session.currency_code), customerAccount(session.customer_id, session.currency_code), session.amount),
})

/** A held wallet payment captured: the platform has received the money. */
export const walletCapture = (session: WalletSession): PostTransactionInput => ({
  type: "payment",
  reference_type: "payment_session",
  reference_id: session.session_id,
  idempotency_key: `wallet:capture:${session.session_id}`,
  entries: move(platformAccount("wallet_holds", session.currency_code), platformAccount("clearing", session.currency_code), session.amount),
})

/** A vendor order's share captured on a card rail: the money arrives from the rail. */
export const paymentReceived = (input: {
  payment_id: string
  order_id: string
  provider_id: string
  currency_code: string
  amount: BigNumberInput
}): PostTransactionInput => ({
  type: "payment",
  reference_type: "order",
  reference_id: input.order_id,
  idempotency_key: `payment:${input.payment_id}`,
  entries: move(externalAccount(input.provider_id, input.currency_code), platformAccount("clearing", input.currency_code), input.amount),
})

/** Where a refund's money goes: back to the rail it came from, or into the customer's wallet. */
export type RefundDestination = { wallet_of: string } | { rail: string }

/** A refund of a vendor order: the platform gives money back. One posting per refund id. */
export const refundPaid = (input: {
  refund_id: string
  order_id: string | null
  currency_code: string
  amount: BigNumberInput
  destination: RefundDestination
}): PostTransactionInput => ({
  type: "refund",
  reference_type: input.order_id ? "order" : "refund",
  reference_id: input.order_id ?? input.refund_id,
  idempotency_key: `refund:${input.refund_id}`,
  entries: move(
    platformAccount("clearing", input.currency_code),
    "wallet_of" in input.destination
      ? customerAccount(input.destination.wallet_of, input.currency_code)
      : externalAccount(input.destination.rail, input.currency_code),
    input.amount
  ),
})

/**
 * Cash collected for a vendor order paid on delivery: whoever holds the cash
 * now owes it (the vendor or a courier), or it reached the platform (the cash
 * rail's external account, when an admin records it).
 */
export const cashCollected = (input: {
  order_id: string
  currency_code: string
  amount: BigNumberInput
  holder: LedgerAccountKey
  actor_type: string
  actor_id: string
}): PostTransactionInput => ({
  type: "cash_collection",
  reference_type: "order",
  reference_id: input.order_id,
  idempotency_key: `cash:${input.order_id}`,
  actor_type: input.actor_type,
  actor_id: input.actor_id,
  entries: move(input.holder, platformAccount("clearing", input.currency_code), input.amount),
})

/**
 * A courier hands cash it collected in to the platform (recorded by an admin
 * at the cash desk): the cash rail pays the courier's account back up, so it
 * owes that much less. One posting per courier and receipt `reference`.
 */
export const courierCashDeposited = (input: {
  courier_id: string
  reference: string
  provider_id: string
  currency_code: string
  amount: BigNumberInput
  actor_id: string
}): PostTransactionInput => ({
  type: "cash_collection",
  reference_type: "courier_deposit",
  reference_id: input.reference,
  idempotency_key: `cash-deposit:${input.courier_id}:${input.reference}`,
  note: `Cash handed in by courier ${input.courier_id}, receipt ${input.reference}.`,
  actor_type: "user",
  actor_id: input.actor_id,
  entries: move(externalAccount(input.provider_id, input.currency_code), courierAccount(input.courier_id, input.currency_code), input.amount),
})

/** A customer's top-up, paid on a rail, credited to the wallet once. */
export const topUpCredited = (input: {
  top_up_id: string
  customer_id: string
  provider_id: string
  currency_code: string
  amount: BigNumberInput
}): PostTransactionInput => ({
  type: "top_up",
  reference_type: "top_up",
  reference_id: input.top_up_id,
  idempotency_key: `top-up:${input.top_up_id}`,
  entries: move(externalAccount(input.provider_id, input.currency_code), customerAccount(input.customer_id, input.currency_code), input.amount),
})

/**
 * What a settled vendor order gives each side, in the order's currency: the
 * delivery fee is split between its courier (once delivered) and the platform.
 */
export type SettlementShares = {
  vendor: BigNumberInput
  commission: BigNumberInput
  delivery: BigNumberInput
  tax: BigNumberInput
  courier?: BigNumberInput
}

const SETTLEMENT_SHARES = ["vendor", "commission", "delivery", "tax", "courier"] as const

/** The accounts a settlement pays, by share; `courier` only once a courier has delivered the order. */
export const settlementAccounts = (
  vendorId: string,
  currencyCode: string,
  courierId?: string | null
): Record<Exclude<keyof SettlementShares, "courier">, LedgerAccountKey> & { courier?: LedgerAccountKey } => ({
  vendor: vendorAccount(vendorId, currencyCode),
  commission: platformAccount("commission", currencyCode),
  delivery: platformAccount("delivery", currencyCode),
  tax: platformAccount("tax", currencyCode),
  ...(courierId ? { courier: courierAccount(courierId, currencyCode) } : {}),
})

/**
 * The difference between what a vendor order's settlement should have paid
 * and what it has paid so far, or null when nothing changed. The first
 * settlement pays every share out of clearing; a later one (a refund or a
 * commission recomputed after settlement) posts only the delta, which may take
 * money back from the vendor.
 */
export function settlementPosting(input: {
  order_id: string
  vendor_id: string
  /** The courier who delivered the order, paid its share of the delivery fee. */
  courier_id?: string | null
  currency_code: string
  target: SettlementShares
  paid: Partial<Record<keyof SettlementShares, BigNumberInput>>
  idempotency_key: string
  vendor_available_at: Date
}): PostTransactionInput | null {
  const accounts = settlementAccounts(input.vendor_id, input.currency_code, input.courier_id)
  const entries: PostingEntryInput[] = []
  let total = MathBN.convert(0)
  for (const share of SETTLEMENT_SHARES) {
    const delta = MathBN.sub(input.target[share] ?? 0, input.paid[share] ?? 0)
    if (MathBN.eq(delta, 0)) {
      continue
    }
    const account = accounts[share]
    if (!account) {
      throw new Error(`A settlement share for the courier of order ${input.order_id} needs its courier_id.`)
    }
    total = MathBN.add(total, delta)
    entries.push({
      ...account,
      amount: delta,
      available_at: share === "vendor" && MathBN.gt(delta, 0) ? input.vendor_available_at : null,
    })
  }
  if (!entries.length) {
    return null
  }
  if (!MathBN.eq(total, 0)) {
    entries.push({ ...platformAccount("clearing", input.currency_code), amount: MathBN.mult(total, -1) })
  }
  if (entries.length < 2) {
    return null
  }
  return {
    type: "settlement",
    reference_type: "order",
    reference_id: input.order_id,
    idempotency_key: input.idempotency_key,
    entries,
  }
}

/** A payee of payouts: a vendor's or a courier's earnings account. */
export type PayoutPayee = { owner_type: "vendor" | "courier"; owner_id: string; currency_code: string }

type PayoutPostingInput = PayoutPayee & { payout_id: string; amount: BigNumberInput }

/** A payout is created: its amount leaves the payee's available balance and waits in `platform:payouts`. */
export const payoutReserved = (input: PayoutPostingInput): PostTransactionInput => ({
  type: "payout",
  reference_type: "payout",
  reference_id: input.payout_id,
  idempotency_key: `payout:${input.payout_id}:reserve`,
  entries: move(
    { owner_type: input.owner_type, owner_id: input.owner_id, currency_code: input.currency_code },
    platformAccount("payouts", input.currency_code),
    input.amount
  ),
})

/** A payout is paid on its rail: the money leaves the platform through `external:payout_<rail>`. */
export const payoutSent = (input: PayoutPostingInput & { rail: string }): PostTransactionInput => ({
  type: "payout",
  reference_type: "payout",
  reference_id: input.payout_id,
  idempotency_key: `payout:${input.payout_id}:sent`,
  entries: move(platformAccount("payouts", input.currency_code), externalAccount(`payout_${input.rail}`, input.currency_code), input.amount),
})

/** A payout failed or was rejected before it was paid: the amount returns to the payee, available again. */
export const payoutReturned = (input: PayoutPostingInput & { reason: string }): PostTransactionInput => ({
  type: "payout_reversal",
  reference_type: "payout",
  reference_id: input.payout_id,
  idempotency_key: `payout:${input.payout_id}:return`,
  note: input.reason,
  entries: move(
    platformAccount("payouts", input.currency_code),
    { owner_type: input.owner_type, owner_id: input.owner_id, currency_code: input.currency_code },
    input.amount
  ),
})

/** Pure data shaping for the cash-on-delivery widget (src/admin/widgets/vendor-order-cash.tsx). */

import type { Translate } from "./translate"

export type CashOrder = {
  id: string
  total: number
  currency_code: string
  payment_status: string
  payment_collections?: { payment_sessions?: { provider_id: string }[] | null }[] | null
}

/** Rails paid in cash on delivery (PAYMENT_ON_DELIVERY_PROVIDERS' default). */
const CASH_RAILS = ["pp_cod_cod"]

/**
 * Where the order stands with its cash: `none` for an order not paid in cash,
 * `waiting` while its cash is still to be collected, `collected` once it was.
 */
export function cashStateOf(order: CashOrder | null | undefined): "none" | "waiting" | "collected" {
  const provider = order?.payment_collections?.[0]?.payment_sessions?.[0]?.provider_id
  if (!order || !provider || !CASH_RAILS.includes(provider)) {
    return "none"
  }
  return ["awaiting", "not_paid", "authorized"].includes(order.payment_status) ? "waiting" : "collected"
}

/** The body of `POST /admin/vendor-orders/:id/cash-collected`, or what is wrong with the typed amount. */
export function cashBodyOf(typed: string, owed: number, t: Translate): { body: { amount: number } } | { error: string } {
  const amount = Number(typed.trim())
  if (typed.trim() === "" || !Number.isFinite(amount) || amount <= 0) {
    return { error: t("cash.errorAmount") }
  }
  if (amount !== owed) {
    return { error: t("cash.errorWhole", { owed }) }
  }
  return { body: { amount } }
}

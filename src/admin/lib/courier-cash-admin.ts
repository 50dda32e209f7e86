/** Pure data shaping for the cash section of the courier page (src/admin/components/courier-cash-section.tsx). */

import type { Translate } from "./translate"

export type CourierCashWallet = {
  currency_code: string
  balance: number
  cash_owed: number
  cash_limit: number
  cash_limit_reached: boolean
}

export type CourierCashPosting = {
  id: string
  type: string
  reference_type: string
  reference_id: string
  created_at: string
  amount: number
}

/** What a posting on a courier's account was: cash collected for an order, cash handed in, earnings, or another movement. */
export function cashPostingLabel(posting: Pick<CourierCashPosting, "type" | "reference_type" | "reference_id">, t: Translate): string {
  if (posting.type === "cash_collection" && posting.reference_type === "courier_deposit") {
    return t("courierCash.deposited", { reference: posting.reference_id })
  }
  if (posting.type === "cash_collection") {
    return t("courierCash.collected", { order: posting.reference_id })
  }
  if (posting.type === "settlement") {
    return t("courierCash.earned", { order: posting.reference_id })
  }
  return t("courierCash.other", { type: posting.type, reference: posting.reference_id })
}

/** The currencies worth showing: those the courier owes in, or the first one when it owes nothing. */
export function walletsToShow(wallets: CourierCashWallet[]): CourierCashWallet[] {
  const owing = wallets.filter((wallet) => wallet.cash_owed > 0 || wallet.balance !== 0)
  return owing.length ? owing : wallets.slice(0, 1)
}

/**
 * The deposit drawer's body, or what is wrong with the form, in the words the
 * route uses: an amount more than 0 and no more than owed, a receipt reference
 * of one word.
 */
export function depositBodyOf(
  form: { amount: string; reference: string; currency_code: string },
  owed: number,
  t: Translate
): { body: { amount: number; reference: string; currency_code: string } } | { error: string } {
  const amount = Number(form.amount.trim())
  if (form.amount.trim() === "" || !Number.isFinite(amount) || amount <= 0) {
    return { error: t("courierCash.errorAmount") }
  }
  if (amount > owed) {
    return { error: t("courierCash.errorTooMuch", { owed }) }
  }
  const reference = form.reference.trim()
  if (!/^[^\s:]{1,100}$/.test(reference)) {
    return { error: t("courierCash.errorReference") }
  }
  return { body: { amount, reference, currency_code: form.currency_code } }
}

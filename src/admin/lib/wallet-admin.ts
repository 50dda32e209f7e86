/** Pure data shaping for the dashboard's Wallets page (src/admin/routes/wallets). */

import type { Translate } from "./translate"

export const OWNER_TYPES = ["customer", "vendor", "courier", "platform", "external"] as const

/** "Customer", "Store"… (`ownerType.*`); an owner type the labels do not know shows as it is. */
export const ownerTypeLabel = (ownerType: string, t: Translate) =>
  (OWNER_TYPES as readonly string[]).includes(ownerType) ? t(`ownerType.${ownerType}`) : ownerType

/** The query of `GET /admin/wallets` for the page's filters: "all" filters nothing. */
export function walletListQuery(input: { ownerType: string; currency: string; page: number }, pageSize: number): Record<string, string | number> {
  return {
    limit: pageSize,
    offset: input.page * pageSize,
    order: "-updated_at",
    ...(input.ownerType !== "all" ? { owner_type: input.ownerType } : {}),
    ...(input.currency !== "all" ? { currency_code: input.currency } : {}),
  }
}

/** An amount with its currency, as the ledger answers it (main units). */
export const money = (amount: number, currencyCode: string) => `${amount.toLocaleString("en", { maximumFractionDigits: 3 })} ${currencyCode.toUpperCase()}`

/**
 * The adjustment drawer's body, or what is wrong with the form, in the words
 * the route uses: a signed amount other than 0 and a reason of 3 characters or more.
 */
export function adjustmentBodyOf(form: { amount: string; reason: string }, t: Translate): { body: { amount: number; reason: string } } | { error: string } {
  const amount = Number(form.amount.trim())
  if (form.amount.trim() === "" || !Number.isFinite(amount) || amount === 0) {
    return { error: t("wallets.errorAmount") }
  }
  const reason = form.reason.trim()
  if (reason.length < 3) {
    return { error: t("wallets.errorReason") }
  }
  return { body: { amount, reason } }
}

/** The failing invariants of `GET /admin/ledger/check`, each as one line (the description is the server's, in English). */
export function failingChecks(
  check: { ok: boolean; checks: { name: string; description: string; ok: boolean; failures: number; examples: string[] }[] },
  t: Translate
): string[] {
  return check.checks
    .filter((entry) => !entry.ok)
    .map((entry) => t("wallets.failingLine", { description: entry.description, count: entry.failures, examples: entry.examples.join(", ") }))
}

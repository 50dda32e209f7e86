/** Pure data shaping for the dashboard's Payouts page (src/admin/routes/payouts). */

import type { Translate } from "./translate"

export const PAYOUT_STATUSES = ["requested", "pending", "processing", "paid", "failed", "rejected"] as const
export type PayoutStatusName = (typeof PAYOUT_STATUSES)[number]

/** "Requested", "Paid"… (`payoutStatus.*`); a status the labels do not know shows as it is. */
export const payoutStatusLabel = (status: string, t: Translate) =>
  (PAYOUT_STATUSES as readonly string[]).includes(status) ? t(`payoutStatus.${status}`) : status

/** The badge colour of a status: waiting on someone is orange, done is green, failed or refused is red. */
export function payoutStatusColor(status: string): "orange" | "blue" | "green" | "red" | "grey" {
  switch (status) {
    case "requested":
    case "pending":
      return "orange"
    case "processing":
      return "blue"
    case "paid":
      return "green"
    case "failed":
    case "rejected":
      return "red"
    default:
      return "grey"
  }
}

/** The query of `GET /admin/payouts` for the page's filters: "all" filters nothing. */
export function payoutListQuery(input: { status: string; ownerType: string; page: number }, pageSize: number): Record<string, string | number> {
  return {
    limit: pageSize,
    offset: input.page * pageSize,
    order: "-created_at",
    ...(input.status !== "all" ? { status: input.status } : {}),
    ...(input.ownerType !== "all" ? { owner_type: input.ownerType } : {}),
  }
}

/** What an admin can do with a payout now: decide a request, or mark a pending manual transfer paid. */
export function payoutActions(payout: { status: string; method: string }): ("decide" | "markPaid")[] {
  if (payout.status === "requested") {
    return ["decide"]
  }
  if (payout.status === "pending" && payout.method === "manual") {
    return ["markPaid"]
  }
  return []
}

/** A reason or reference as the routes take it: trimmed, 3 characters or more; the problem in the page's words otherwise. */
export function textOf(value: string, required: boolean, t: Translate): { value: string | undefined } | { error: string } {
  const trimmed = value.trim()
  if (!trimmed) {
    return required ? { error: t("payouts.needsText") } : { value: undefined }
  }
  if (trimmed.length < 3) {
    return { error: t("payouts.needsText") }
  }
  return { value: trimmed }
}

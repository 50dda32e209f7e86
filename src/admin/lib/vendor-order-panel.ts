/**
 * What the vendor order widget shows, shaped from `GET /admin/vendor-orders/:id`
 * and `GET /admin/order-groups/:id`: pure, so it is unit tested without a browser.
 */

export type StatusChange = {
  action: string
  from_status: string
  to_status: string
  reason: string | null
  actor_type: string
  actor_id?: string | null
  created_at: string
}

export type CommissionLine = {
  id: string
  line_item_id: string
  percent_rate: number | null
  flat_amount: number | null
  base_amount: number
  amount: number
  original_amount?: number
  adjustments?: { cause: string; base_delta: number; amount_delta: number; created_at: string }[]
}

export type AdminVendorOrder = {
  id: string
  display_id: number
  currency_code: string
  total: number
  vendor?: { id: string; name: string; handle?: string } | null
  vendor_status: string
  status_reason: string | null
  order_group_id: string
  status_changes?: StatusChange[]
  commission_lines?: CommissionLine[]
  commission_total: number
  net_total: number
  summary?: { paid_total?: number; refunded_total?: number; pending_difference?: number } | null
}

export type AdminOrderGroup = {
  id: string
  total: number
  currency_code: string
  orders: { id: string; display_id: number; total: number; vendor?: { id: string; name: string } | null; vendor_status: string | null }[]
}

const ACTORS = ["vendor", "customer", "admin", "system"]

/** "ready_for_pickup" → "Ready for pickup" (`vendorStatus.*`); a status the labels do not know is spelled out from its words. */
export function statusLabel(status: string | null | undefined, t: Translate): string {
  if (!status) {
    return "—"
  }
  const words = status.replace(/_/g, " ")
  return t(`vendorStatus.${status}`, { defaultValue: words.charAt(0).toUpperCase() + words.slice(1) })
}

/** The badge colour of a vendor status, in @medusajs/ui's StatusBadge colours. */
export function statusColor(status: string | null | undefined): "green" | "orange" | "red" | "blue" | "grey" {
  switch (status) {
    case "delivered":
      return "green"
    case "rejected":
    case "cancelled":
      return "red"
    case "pending":
      return "orange"
    case "accepted":
    case "preparing":
    case "ready_for_pickup":
    case "out_for_delivery":
      return "blue"
    default:
      return "grey"
  }
}

/** A money amount in the order's currency as the dashboard shows it, e.g. "640 SYP" or "12.50 USD". */
export function formatAmount(amount: number | null | undefined, currencyCode: string): string {
  const value = Number(amount ?? 0)
  const code = currencyCode.toUpperCase()
  try {
    const digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits
    return `${value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${code}`
  } catch {
    return `${value} ${code}`
  }
}

import type { HistoryEntry } from "../components/history-list"
import type { Translate } from "./translate"

export type TimelineEntry = HistoryEntry

/** The order's moves, oldest first: "Accepted by the store", "Rejected by an admin: Out of stock". */
export function timelineOf(order: Pick<AdminVendorOrder, "status_changes">, t: Translate): TimelineEntry[] {
  return (order.status_changes ?? []).map((change, index) => ({
    key: `${change.created_at}-${index}`,
    title: t("vendorOrder.timelineLine", {
      status: statusLabel(change.to_status, t),
      actor: ACTORS.includes(change.actor_type) ? t(`actors.${change.actor_type}`) : change.actor_type,
    }),
    detail: change.reason ? change.reason : t("vendorOrder.timelineFrom", { status: statusLabel(change.from_status, t).toLowerCase() }),
    at: change.created_at,
  }))
}

/** What is left to refund on the order: what was paid less what was refunded, never below 0. */
export function refundableOf(order: Pick<AdminVendorOrder, "summary">): number {
  const paid = Number(order.summary?.paid_total ?? 0)
  const refunded = Number(order.summary?.refunded_total ?? 0)
  return Math.max(paid - refunded, 0)
}

export type MoneyRow = { label: string; value: string; testId: string }

/** The order's share of the checkout and what the platform and the vendor keep of it. */
export function moneyRowsOf(order: AdminVendorOrder, t: Translate): MoneyRow[] {
  const currency = order.currency_code
  return [
    { label: t("vendorOrder.moneyTotal"), value: formatAmount(order.total, currency), testId: "total" },
    { label: t("vendorOrder.moneyPaid"), value: formatAmount(order.summary?.paid_total, currency), testId: "paid" },
    { label: t("vendorOrder.moneyRefunded"), value: formatAmount(order.summary?.refunded_total, currency), testId: "refunded" },
    { label: t("vendorOrder.moneyCommission"), value: formatAmount(order.commission_total, currency), testId: "commission" },
    { label: t("vendorOrder.moneyVendorNet"), value: formatAmount(order.net_total, currency), testId: "vendor-net" },
  ]
}

/** The checkout's other orders, each with its store and status. */
export function siblingsOf(order: Pick<AdminVendorOrder, "id">, group: AdminOrderGroup | null | undefined, t: Translate) {
  return (group?.orders ?? [])
    .filter((sibling) => sibling.id !== order.id)
    .map((sibling) => ({
      id: sibling.id,
      label: t("common.orderLine", { number: sibling.display_id, store: sibling.vendor?.name ?? t("common.unknownStore") }),
      status: statusLabel(sibling.vendor_status, t),
      total: formatAmount(sibling.total, group!.currency_code),
    }))
}

/**
 * The amount typed into the refund form, checked as the route checks it: a
 * number above 0 and at most what is left. Answers the amount or a sentence.
 */
export function parseRefundAmount(text: string, refundable: number, t: Translate): { amount: number } | { error: string } {
  const amount = Number(text.trim())
  if (!text.trim() || !Number.isFinite(amount)) {
    return { error: t("vendorOrder.errorAmount") }
  }
  if (amount <= 0) {
    return { error: t("vendorOrder.errorPositive") }
  }
  if (amount > refundable) {
    return { error: t("vendorOrder.errorAtMost", { amount: refundable }) }
  }
  return { amount }
}

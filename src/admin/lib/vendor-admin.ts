/** What the vendors pages show and allow, shaped from `/admin/vendors` answers: pure and unit tested. */

import type { Translate } from "./translate"

export type VendorStatus = "pending" | "active" | "rejected" | "suspended"
export type VendorAction = "approve" | "reject" | "suspend" | "reinstate"

export const VENDOR_STATUSES: VendorStatus[] = ["pending", "active", "rejected", "suspended"]

/** Which actions an admin may take on a vendor in each status (the API's rules), and which need a reason. */
const ACTIONS: Record<VendorAction, { from: VendorStatus[]; needsReason: boolean; danger: boolean }> = {
  approve: { from: ["pending", "rejected"], needsReason: false, danger: false },
  reject: { from: ["pending"], needsReason: true, danger: true },
  suspend: { from: ["active"], needsReason: true, danger: true },
  reinstate: { from: ["suspended"], needsReason: true, danger: false },
}

/** The actions open to a vendor in `status`, each with its button label, its drawer's title and its toast. */
export function vendorActionsFor(status: string, t: Translate) {
  return (Object.keys(ACTIONS) as VendorAction[])
    .filter((action) => ACTIONS[action].from.includes(status as VendorStatus))
    .map((action) => ({ action, ...ACTIONS[action], label: t(`vendorAction.${action}`), title: t(`vendorActionTitle.${action}`), done: t(`vendorPast.${action}`) }))
}

/** The body an action is sent with, or a sentence when the reason is missing or too short (the API wants 3 characters). */
export function vendorActionBody(action: VendorAction, reason: string, t: Translate): { body: { reason?: string } } | { error: string } {
  const trimmed = reason.trim()
  if (!ACTIONS[action].needsReason) {
    return { body: {} }
  }
  if (trimmed.length < 3) {
    return { error: t("vendorPage.reasonTooShort") }
  }
  return { body: { reason: trimmed } }
}

export function vendorStatusColor(status: string): "green" | "orange" | "red" | "grey" {
  return status === "active" ? "green" : status === "pending" ? "orange" : status === "rejected" || status === "suspended" ? "red" : "grey"
}

/** "Waiting for review", "Active"…: `vendorStatusLabel.*`; a status the labels do not know shows as it is. */
export function vendorStatusLabel(status: string, t: Translate): string {
  return (VENDOR_STATUSES as string[]).includes(status) ? t(`vendorStatusLabel.${status}`) : status
}

type StatusChange = { id: string; action: string; from_status: string; to_status: string; reason: string | null; actor_type: string; actor_id: string; created_at: string }

/** The vendor's status history, newest first: "Approved by an admin (user_1)", with why. */
export function vendorHistoryOf(vendor: { status_changes?: StatusChange[] | null }, t: Translate) {
  return [...(vendor.status_changes ?? [])]
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .map((change) => ({
      key: change.id,
      title: t("vendorPage.historyLine", {
        past: change.action in ACTIONS ? t(`vendorPast.${change.action}`) : change.action,
        actor: change.actor_type === "user" ? t("actors.admin") : change.actor_type,
        id: change.actor_id,
      }),
      detail: change.reason ?? t("vendorPage.statusMove", { from: vendorStatusLabel(change.from_status, t), to: vendorStatusLabel(change.to_status, t) }),
      at: change.created_at,
    }))
}

/** The list's query string: a status filter, a search and a page. */
export function vendorListQuery(filter: { status: string; q: string; page: number }, pageSize = 20) {
  return {
    limit: pageSize,
    offset: filter.page * pageSize,
    order: "-created_at",
    ...(filter.status && filter.status !== "all" ? { status: filter.status } : {}),
    ...(filter.q.trim() ? { q: filter.q.trim() } : {}),
  }
}

/** A document opens inline through the admin route that serves private files to admins. */
export function documentLinkOf(vendorId: string, document: { id: string; url?: string | null }) {
  return document.url || `/admin/vendors/${vendorId}/documents/${document.id}/file`
}

/** A page of a vendor's products (`GET /admin/products?vendor_id=`), newest first, searched by title when asked. */
export function vendorProductsQuery(filter: { vendorId: string; q: string; page: number }, pageSize = 10) {
  return {
    vendor_id: filter.vendorId,
    limit: pageSize,
    offset: filter.page * pageSize,
    order: "-created_at",
    fields: "id,title,status,created_at",
    ...(filter.q.trim() ? { q: filter.q.trim() } : {}),
  }
}

/** A page of a vendor's orders (`GET /admin/vendor-orders?vendor_id=`), newest first. */
export function vendorOrdersQuery(filter: { vendorId: string; page: number }, pageSize = 10) {
  return { vendor_id: filter.vendorId, limit: pageSize, offset: filter.page * pageSize, order: "-created_at" }
}

/** How many pages a list of `count` rows has, at least one. */
export function pageCountOf(count: number, pageSize: number) {
  return Math.max(1, Math.ceil(count / pageSize))
}

/** What the couriers pages show and allow, shaped from `/admin/couriers` answers: pure and unit tested. */

export type CourierStatus = "pending" | "active" | "rejected" | "suspended"
export type CourierAction = "approve" | "reject" | "suspend" | "reinstate"

export const COURIER_STATUSES: CourierStatus[] = ["pending", "active", "rejected", "suspended"]

/** Which actions an admin may take on a courier in each status (the API's rules), and which need a reason. */
const ACTIONS: Record<CourierAction, { from: CourierStatus[]; label: string; needsReason: boolean; danger: boolean }> = {
  approve: { from: ["pending", "rejected"], label: "Approve", needsReason: false, danger: false },
  reject: { from: ["pending"], label: "Reject", needsReason: true, danger: true },
  suspend: { from: ["active"], label: "Suspend", needsReason: true, danger: true },
  reinstate: { from: ["suspended"], label: "Reinstate", needsReason: true, danger: false },
}

export function courierActionsFor(status: string) {
  return (Object.keys(ACTIONS) as CourierAction[])
    .filter((action) => ACTIONS[action].from.includes(status as CourierStatus))
    .map((action) => ({ action, ...ACTIONS[action] }))
}

/** The body an action is sent with, or a sentence when the reason is missing or too short (the API wants 3 characters). */
export function courierActionBody(action: CourierAction, reason: string): { body: { reason?: string } } | { error: string } {
  const trimmed = reason.trim()
  if (!ACTIONS[action].needsReason) {
    return { body: {} }
  }
  if (trimmed.length < 3) {
    return { error: "Say why, in at least 3 characters: the courier is told." }
  }
  return { body: { reason: trimmed } }
}

export function courierStatusColor(status: string): "green" | "orange" | "red" | "grey" {
  return status === "active" ? "green" : status === "pending" ? "orange" : status === "rejected" || status === "suspended" ? "red" : "grey"
}

export function courierStatusLabel(status: string): string {
  return status === "active" ? "Active" : status === "pending" ? "Waiting for review" : status.charAt(0).toUpperCase() + status.slice(1)
}

const VEHICLES: Record<string, string> = { bicycle: "Bicycle", motorcycle: "Motorcycle", car: "Car", van: "Van" }

export function vehicleLabel(vehicle: string): string {
  return VEHICLES[vehicle] ?? vehicle
}

export function courierNameOf(courier: { first_name: string; last_name: string }): string {
  return `${courier.first_name} ${courier.last_name}`.trim()
}

type StatusChange = { id: string; action: string; from_status: string; to_status: string; reason: string | null; actor_type: string; actor_id: string; created_at: string }

const PAST: Record<string, string> = { approve: "Approved", reject: "Rejected", suspend: "Suspended", reinstate: "Reinstated" }

/** The courier's status history, newest first: "Approved by an admin (user_1)", with why. */
export function courierHistoryOf(courier: { status_changes?: StatusChange[] | null }) {
  return [...(courier.status_changes ?? [])]
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .map((change) => ({
      key: change.id,
      title: `${PAST[change.action] ?? change.action} by ${change.actor_type === "user" ? "an admin" : change.actor_type} (${change.actor_id})`,
      detail: change.reason ?? `${courierStatusLabel(change.from_status)} → ${courierStatusLabel(change.to_status)}`,
      at: change.created_at,
    }))
}

/** The list's query string: a status filter, a search and a page. */
export function courierListQuery(filter: { status: string; q: string; page: number }, pageSize = 20) {
  return {
    limit: pageSize,
    offset: filter.page * pageSize,
    order: "-created_at",
    ...(filter.status && filter.status !== "all" ? { status: filter.status } : {}),
    ...(filter.q.trim() ? { q: filter.q.trim() } : {}),
  }
}

/** A document opens inline through the admin route that serves private files to admins. */
export function courierDocumentLinkOf(courierId: string, document: { id: string; url?: string | null }) {
  return document.url || `/admin/couriers/${courierId}/documents/${document.id}/file`
}

export function documentTypeLabel(type: string): string {
  return type === "id" ? "ID" : type === "vehicle" ? "Vehicle" : type
}

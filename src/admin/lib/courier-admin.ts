/** What the couriers pages show and allow, shaped from `/admin/couriers` answers: pure and unit tested. */

import type { Translate } from "./translate"

export type CourierStatus = "pending" | "active" | "rejected" | "suspended"
export type CourierAction = "approve" | "reject" | "suspend" | "reinstate"

export const COURIER_STATUSES: CourierStatus[] = ["pending", "active", "rejected", "suspended"]

/** Which actions an admin may take on a courier in each status (the API's rules), and which need a reason. */
const ACTIONS: Record<CourierAction, { from: CourierStatus[]; needsReason: boolean; danger: boolean }> = {
  approve: { from: ["pending", "rejected"], needsReason: false, danger: false },
  reject: { from: ["pending"], needsReason: true, danger: true },
  suspend: { from: ["active"], needsReason: true, danger: true },
  reinstate: { from: ["suspended"], needsReason: true, danger: false },
}

/**
 * The actions open to a courier in `status`, each with its button label, its
 * drawer's title and its toast; the button and toast words are the vendors' ones.
 */
export function courierActionsFor(status: string, t: Translate) {
  return (Object.keys(ACTIONS) as CourierAction[])
    .filter((action) => ACTIONS[action].from.includes(status as CourierStatus))
    .map((action) => ({ action, ...ACTIONS[action], label: t(`vendorAction.${action}`), title: t(`courierActionTitle.${action}`), done: t(`vendorPast.${action}`) }))
}

/** The body an action is sent with, or a sentence when the reason is missing or too short (the API wants 3 characters). */
export function courierActionBody(action: CourierAction, reason: string, t: Translate): { body: { reason?: string } } | { error: string } {
  const trimmed = reason.trim()
  if (!ACTIONS[action].needsReason) {
    return { body: {} }
  }
  if (trimmed.length < 3) {
    return { error: t("courierPage.reasonTooShort") }
  }
  return { body: { reason: trimmed } }
}

export function courierStatusColor(status: string): "green" | "orange" | "red" | "grey" {
  return status === "active" ? "green" : status === "pending" ? "orange" : status === "rejected" || status === "suspended" ? "red" : "grey"
}

/** "Waiting for review", "Active"…: the vendors' `vendorStatusLabel.*`, as both share their statuses; an unknown status shows as it is. */
export function courierStatusLabel(status: string, t: Translate): string {
  return (COURIER_STATUSES as string[]).includes(status) ? t(`vendorStatusLabel.${status}`) : status
}

export const COURIER_VEHICLES = ["bicycle", "motorcycle", "car", "van"]

/** "Bicycle", "Car"…: `vehicle.*`; a vehicle the labels do not know shows as it is. */
export function vehicleLabel(vehicle: string, t: Translate): string {
  return COURIER_VEHICLES.includes(vehicle) ? t(`vehicle.${vehicle}`) : vehicle
}

/** "Online" or "Offline". */
export function availabilityLabel(availability: string, t: Translate): string {
  return t(availability === "online" ? "courierAvailability.online" : "courierAvailability.offline")
}

export function courierNameOf(courier: { first_name: string; last_name: string }): string {
  return `${courier.first_name} ${courier.last_name}`.trim()
}

type StatusChange = { id: string; action: string; from_status: string; to_status: string; reason: string | null; actor_type: string; actor_id: string; created_at: string }

/** The courier's status history, newest first: "Approved by an admin (user_1)", with why. */
export function courierHistoryOf(courier: { status_changes?: StatusChange[] | null }, t: Translate) {
  return [...(courier.status_changes ?? [])]
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .map((change) => ({
      key: change.id,
      title: t("vendorPage.historyLine", {
        past: change.action in ACTIONS ? t(`vendorPast.${change.action}`) : change.action,
        actor: change.actor_type === "user" ? t("actors.admin") : change.actor_type,
        id: change.actor_id,
      }),
      detail: change.reason ?? t("vendorPage.statusMove", { from: courierStatusLabel(change.from_status, t), to: courierStatusLabel(change.to_status, t) }),
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

export const COURIER_DOCUMENT_TYPES = ["id", "vehicle"]

/** "ID" or "Vehicle": `courierDocument.*`; a type the labels do not know shows as it is. */
export function documentTypeLabel(type: string, t: Translate): string {
  return COURIER_DOCUMENT_TYPES.includes(type) ? t(`courierDocument.${type}`) : type
}

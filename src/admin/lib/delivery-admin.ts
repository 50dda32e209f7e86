/** What the deliveries pages show and allow, shaped from `/admin/deliveries` answers: pure and unit tested. */

import type { Translate } from "./translate"

export const DELIVERY_STATUSES = ["pending", "offered", "assigned", "picked_up", "delivered", "failed", "cancelled"] as const
export const DELIVERY_OFFER_STATUSES = ["offered", "accepted", "declined", "expired", "withdrawn"] as const

/** A delivery not yet picked up may be (re)assigned by hand (the API's rule). */
export function canAssignDelivery(status: string): boolean {
  return status === "pending" || status === "offered" || status === "assigned"
}

export function deliveryStatusColor(status: string): "green" | "orange" | "blue" | "red" | "grey" {
  if (status === "delivered") return "green"
  if (status === "pending" || status === "offered") return "orange"
  if (status === "assigned" || status === "picked_up") return "blue"
  if (status === "failed" || status === "cancelled") return "red"
  return "grey"
}

/** "Waiting for a courier", "Picked up"…: `deliveryStatus.*`; an unknown status shows as it is. */
export function deliveryStatusLabel(status: string, t: Translate): string {
  return (DELIVERY_STATUSES as readonly string[]).includes(status) ? t(`deliveryStatus.${status}`) : status
}

/** "Expired", "Declined"…: `deliveryOfferStatus.*`. */
export function deliveryOfferStatusLabel(status: string, t: Translate): string {
  return (DELIVERY_OFFER_STATUSES as readonly string[]).includes(status) ? t(`deliveryOfferStatus.${status}`) : status
}

/** The list's query string: a status filter and a page, newest first. */
export function deliveryListQuery({ status, page }: { status: string; page: number }, pageSize: number) {
  return { limit: pageSize, offset: page * pageSize, order: "-created_at", ...(status !== "all" ? { status } : {}) }
}

type Address = Record<string, string | null | undefined> | null | undefined

/** One line of an address: name, street, city; "—" when there is none. */
export function addressLineOf(address: Address): string {
  if (!address) {
    return "—"
  }
  const name = address.name ?? [address.first_name, address.last_name].filter(Boolean).join(" ")
  return [name, address.address_1, address.address_2, address.city].filter((part) => part && String(part).trim()).join(", ") || "—"
}

type StatusChange = { id: string; from_status: string; to_status: string; reason: string | null; actor_type: string; actor_id: string | null; created_at: string }

/** The delivery's moves, newest first, each saying who moved it and from where to where. */
export function deliveryHistoryOf(delivery: { status_changes?: StatusChange[] | null }, t: Translate) {
  return [...(delivery.status_changes ?? [])]
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .map((change) => ({
      key: change.id,
      title: t("deliveryPage.historyLine", {
        to: deliveryStatusLabel(change.to_status, t),
        actor: t(`deliveryActor.${["courier", "user", "system"].includes(change.actor_type) ? change.actor_type : "system"}`),
      }),
      detail: change.reason ?? t("vendorPage.statusMove", { from: deliveryStatusLabel(change.from_status, t), to: deliveryStatusLabel(change.to_status, t) }),
      at: change.created_at,
    }))
}

import { MedusaError } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventName } from "../../events"
import type { DeliveryStatus } from "./models/delivery"

/**
 * A delivery's life: pending → offered → assigned → picked_up → delivered,
 * with failed and cancelled as exits. An offer that is declined or expires
 * takes the delivery back to pending; an admin may assign it by hand from
 * pending or offered, or hand an assigned one to another courier.
 */
export const DELIVERY_TRANSITIONS: Record<DeliveryStatus, readonly DeliveryStatus[]> = {
  pending: ["offered", "assigned", "cancelled"],
  offered: ["pending", "assigned", "cancelled"],
  assigned: ["assigned", "picked_up", "cancelled"],
  // Once the goods have left the vendor, the delivery ends delivered or failed.
  picked_up: ["delivered", "failed"],
  delivered: [],
  failed: [],
  cancelled: [],
}

/** A delivery in one of these statuses is over: it counts against no courier and moves no more. */
export const FINISHED_DELIVERY_STATUSES: readonly DeliveryStatus[] = ["delivered", "failed", "cancelled"]

/** A courier carries a delivery from assignment to drop-off: these count against its capacity. */
export const ACTIVE_DELIVERY_STATUSES: readonly DeliveryStatus[] = ["assigned", "picked_up"]

/** The event of each status a delivery moves to (`src/events.ts` has their payloads). */
export const DELIVERY_EVENTS = {
  pending: DaraaEvents.DELIVERY_CREATED,
  offered: DaraaEvents.DELIVERY_OFFERED,
  assigned: DaraaEvents.DELIVERY_ASSIGNED,
  picked_up: DaraaEvents.DELIVERY_PICKED_UP,
  delivered: DaraaEvents.DELIVERY_DELIVERED,
  failed: DaraaEvents.DELIVERY_FAILED,
  cancelled: DaraaEvents.DELIVERY_CANCELLED,
} as const satisfies Record<DeliveryStatus, DaraaEventName>

/** The column stamped when a delivery reaches a status. */
export const DELIVERY_TIMESTAMPS: Partial<Record<DeliveryStatus, "offered_at" | "assigned_at" | "picked_up_at" | "delivered_at" | "failed_at" | "cancelled_at">> = {
  offered: "offered_at",
  assigned: "assigned_at",
  picked_up: "picked_up_at",
  delivered: "delivered_at",
  failed: "failed_at",
  cancelled: "cancelled_at",
}

const words = (status: string) => status.replace(/_/g, " ")

/** Whether a delivery may move from `from` to `to`. */
export function mayMoveDelivery(from: DeliveryStatus, to: DeliveryStatus): boolean {
  return DELIVERY_TRANSITIONS[from].includes(to)
}

/** Refuses with a 409 naming both statuses when a delivery may not move from `from` to `to`. */
export function assertDeliveryMove(from: DeliveryStatus, to: DeliveryStatus): void {
  if (!mayMoveDelivery(from, to)) {
    const allowed = DELIVERY_TRANSITIONS[from]
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `A delivery that is ${words(from)} cannot become ${words(to)}; ${
        allowed.length ? `it can only become ${allowed.map(words).join(" or ")}` : "it is finished"
      }.`
    )
  }
}

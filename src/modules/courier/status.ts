import { MedusaError } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventName } from "../../events"

export type CourierStatus = "pending" | "active" | "rejected" | "suspended"
export type CourierAction = "approve" | "reject" | "suspend" | "reinstate"

/** Which status each admin action leads to, and from where it may be taken. */
export const COURIER_TRANSITIONS: Record<CourierAction, { from: CourierStatus[]; to: CourierStatus }> = {
  approve: { from: ["pending", "rejected"], to: "active" },
  reject: { from: ["pending"], to: "rejected" },
  suspend: { from: ["active"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "active" },
}

const PAST_TENSE: Record<CourierAction, string> = {
  approve: "approved",
  reject: "rejected",
  suspend: "suspended",
  reinstate: "reinstated",
}

/** The event each action emits: courier.approved, courier.rejected, … (`src/events.ts` has their payloads). */
export const COURIER_EVENTS = {
  approve: DaraaEvents.COURIER_APPROVED,
  reject: DaraaEvents.COURIER_REJECTED,
  suspend: DaraaEvents.COURIER_SUSPENDED,
  reinstate: DaraaEvents.COURIER_REINSTATED,
} as const satisfies Record<CourierAction, DaraaEventName>

/** The status after `action`, or a 409 naming both when the action is not allowed now. */
export function nextCourierStatus(current: CourierStatus, action: CourierAction): CourierStatus {
  const transition = COURIER_TRANSITIONS[action]
  if (!transition.from.includes(current)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `A courier that is ${current} cannot be ${PAST_TENSE[action]}; only a ${transition.from.join(" or ")} courier can.`
    )
  }
  return transition.to
}

/** Only an active courier may be online: a courier leaving `active` goes offline with it. */
export function mayBeOnline(status: CourierStatus): boolean {
  return status === "active"
}

/** What changes on a courier moving to `to`: its status, and offline when it may no longer be online. */
export function courierStatusUpdate(to: CourierStatus): { status: CourierStatus; availability?: "offline" } {
  return mayBeOnline(to) ? { status: to } : { status: to, availability: "offline" }
}

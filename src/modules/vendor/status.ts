import { MedusaError } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventName } from "../../events"

export type VendorStatus = "pending" | "active" | "rejected" | "suspended"
export type VendorAction = "approve" | "reject" | "suspend" | "reinstate"

/** Which status each admin action leads to, and from where it may be taken. */
export const VENDOR_TRANSITIONS: Record<VendorAction, { from: VendorStatus[]; to: VendorStatus }> = {
  approve: { from: ["pending", "rejected"], to: "active" },
  reject: { from: ["pending"], to: "rejected" },
  suspend: { from: ["active"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "active" },
}

const PAST_TENSE: Record<VendorAction, string> = {
  approve: "approved",
  reject: "rejected",
  suspend: "suspended",
  reinstate: "reinstated",
}

/** The event each action emits: vendor.approved, vendor.rejected, … (`src/events.ts` has their payloads). */
export const VENDOR_EVENTS = {
  approve: DaraaEvents.VENDOR_APPROVED,
  reject: DaraaEvents.VENDOR_REJECTED,
  suspend: DaraaEvents.VENDOR_SUSPENDED,
  reinstate: DaraaEvents.VENDOR_REINSTATED,
} as const satisfies Record<VendorAction, DaraaEventName>

/** The status after `action`, or a 409 naming both when the action is not allowed now. */
export function nextVendorStatus(current: VendorStatus, action: VendorAction): VendorStatus {
  const transition = VENDOR_TRANSITIONS[action]
  if (!transition.from.includes(current)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `A vendor that is ${current} cannot be ${PAST_TENSE[action]}; only a ${transition.from.join(" or ")} vendor can.`
    )
  }
  return transition.to
}

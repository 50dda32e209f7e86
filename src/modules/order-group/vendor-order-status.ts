import { MedusaError } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventName } from "../../events"

/**
 * A vendor order's life: pending → accepted → preparing → ready_for_pickup →
 * out_for_delivery → delivered, with rejected and cancelled as exits.
 * Delivery moves the last two; the vendor moves the rest.
 */
export const VENDOR_ORDER_STATUSES = [
  "pending",
  "accepted",
  "preparing",
  "ready_for_pickup",
  "out_for_delivery",
  "delivered",
  "rejected",
  "cancelled",
] as const

export type VendorOrderStatus = (typeof VENDOR_ORDER_STATUSES)[number]

export type VendorOrderAction = "accept" | "reject" | "prepare" | "ready" | "cancel" | "dispatch" | "deliver" | "fail_delivery"

export const VENDOR_ORDER_TRANSITIONS: Record<VendorOrderAction, { from: VendorOrderStatus[]; to: VendorOrderStatus }> = {
  accept: { from: ["pending"], to: "accepted" },
  reject: { from: ["pending", "accepted", "preparing"], to: "rejected" },
  prepare: { from: ["accepted"], to: "preparing" },
  ready: { from: ["accepted", "preparing"], to: "ready_for_pickup" },
  // The customer may cancel only until the vendor accepts.
  cancel: { from: ["pending"], to: "cancelled" },
  dispatch: { from: ["ready_for_pickup"], to: "out_for_delivery" },
  deliver: { from: ["out_for_delivery"], to: "delivered" },
  // The courier could not hand it over: the order is cancelled, refunded and restocked (docs/delivery.md).
  fail_delivery: { from: ["out_for_delivery"], to: "cancelled" },
}

/** The event each transition emits, e.g. vendor_order.accepted (`src/events.ts` has their payloads). */
export const VENDOR_ORDER_EVENTS = {
  accept: DaraaEvents.VENDOR_ORDER_ACCEPTED,
  reject: DaraaEvents.VENDOR_ORDER_REJECTED,
  prepare: DaraaEvents.VENDOR_ORDER_PREPARING,
  ready: DaraaEvents.VENDOR_ORDER_READY,
  cancel: DaraaEvents.VENDOR_ORDER_CANCELLED,
  dispatch: DaraaEvents.VENDOR_ORDER_OUT_FOR_DELIVERY,
  deliver: DaraaEvents.VENDOR_ORDER_DELIVERED,
  fail_delivery: DaraaEvents.VENDOR_ORDER_DELIVERY_FAILED,
} as const satisfies Record<VendorOrderAction, DaraaEventName>

/** The column stamped when a transition happens. */
export const VENDOR_ORDER_TIMESTAMPS: Partial<Record<VendorOrderStatus, string>> = {
  accepted: "accepted_at",
  preparing: "preparing_at",
  ready_for_pickup: "ready_at",
  rejected: "rejected_at",
  cancelled: "cancelled_at",
}

const DESCRIBED: Record<VendorOrderAction, string> = {
  accept: "accepted",
  reject: "rejected",
  prepare: "marked as preparing",
  ready: "marked as ready",
  cancel: "cancelled",
  dispatch: "sent out for delivery",
  deliver: "marked as delivered",
  fail_delivery: "cancelled for a failed delivery",
}

/** The status after `action`, or a 409 that names the current status when the action is not allowed now. */
export function nextVendorOrderStatus(current: VendorOrderStatus, action: VendorOrderAction): VendorOrderStatus {
  const transition = VENDOR_ORDER_TRANSITIONS[action]
  if (!transition.from.includes(current)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `An order that is ${current.replace(/_/g, " ")} cannot be ${DESCRIBED[action]}; only one that is ${transition.from
        .map((status) => status.replace(/_/g, " "))
        .join(" or ")} can.`
    )
  }
  return transition.to
}

/**
 * Every event Daraa emits, with the payload it carries. Emitters and
 * subscribers name events through these constants only, so that a payload
 * change is a type error wherever the event is used. Medusa's own events keep
 * their names from `@medusajs/framework/utils` (OrderWorkflowEvents, …).
 */
import type { DeliveryStatus } from "./modules/delivery/models/delivery"
import type { VendorOrderActor } from "./modules/order-group/service"
import type { VendorOrderAction, VendorOrderStatus } from "./modules/order-group/vendor-order-status"
import type { LowStockVariant } from "./workflows/vendor-product/steps/find-low-stock-variants"

export const DaraaEvents = {
  VENDOR_CREATED: "vendor.created",
  VENDOR_UPDATED: "vendor.updated",
  VENDOR_APPROVED: "vendor.approved",
  VENDOR_REJECTED: "vendor.rejected",
  VENDOR_SUSPENDED: "vendor.suspended",
  VENDOR_REINSTATED: "vendor.reinstated",
  VENDOR_STOCK_LOW: "vendor.stock_low",
  VENDOR_DOCUMENTS_SUBMITTED: "vendor.documents_submitted",
  VENDOR_INVITE_CREATED: "vendor.invite_created",
  VENDOR_MEMBER_JOINED: "vendor.member_joined",
  VENDOR_MEMBER_REMOVED: "vendor.member_removed",

  COURIER_CREATED: "courier.created",
  COURIER_APPROVED: "courier.approved",
  COURIER_REJECTED: "courier.rejected",
  COURIER_SUSPENDED: "courier.suspended",
  COURIER_REINSTATED: "courier.reinstated",
  COURIER_DOCUMENTS_SUBMITTED: "courier.documents_submitted",

  DELIVERY_CREATED: "delivery.created",
  DELIVERY_OFFERED: "delivery.offered",
  DELIVERY_ASSIGNED: "delivery.assigned",
  DELIVERY_PICKED_UP: "delivery.picked_up",
  DELIVERY_DELIVERED: "delivery.delivered",
  DELIVERY_FAILED: "delivery.failed",
  DELIVERY_CANCELLED: "delivery.cancelled",
  /** Every move of a delivery, beside the event of its new status. */
  DELIVERY_STATUS_CHANGED: "delivery.status_changed",
  /** Once per delivery: the courier, carrying the order, came within DELIVERY_NEAR_METERS or DELIVERY_NEAR_MINUTES. */
  DELIVERY_NEAR: "delivery.near",

  ORDER_GROUP_PLACED: "order_group.placed",
  VENDOR_ORDER_ACCEPTED: "vendor_order.accepted",
  VENDOR_ORDER_PREPARING: "vendor_order.preparing",
  VENDOR_ORDER_READY: "vendor_order.ready",
  VENDOR_ORDER_REJECTED: "vendor_order.rejected",
  VENDOR_ORDER_CANCELLED: "vendor_order.cancelled",
  VENDOR_ORDER_OUT_FOR_DELIVERY: "vendor_order.out_for_delivery",
  VENDOR_ORDER_DELIVERED: "vendor_order.delivered",
  /** The delivery failed after pickup: the order is cancelled, refunded and restocked. */
  VENDOR_ORDER_DELIVERY_FAILED: "vendor_order.delivery_failed",
  VENDOR_ORDER_CAPTURED: "vendor_order.captured",
  VENDOR_ORDER_REFUNDED: "vendor_order.refunded",

  COMMISSION_RULE_CREATED: "commission_rule.created",
  COMMISSION_RULE_UPDATED: "commission_rule.updated",
  COMMISSION_RULE_DELETED: "commission_rule.deleted",
  COMMISSION_ADJUSTED: "commission.adjusted",

  LEDGER_TRANSACTION_POSTED: "ledger.transaction_posted",

  PAYOUT_CREATED: "payout.created",
  PAYOUT_REQUESTED: "payout.requested",
  PAYOUT_APPROVED: "payout.approved",
  PAYOUT_REJECTED: "payout.rejected",
  PAYOUT_PROCESSING: "payout.processing",
  PAYOUT_PAID: "payout.paid",
  PAYOUT_FAILED: "payout.failed",

  SECURITY_ALERT: "security.alert",
} as const

export type DaraaEventName = (typeof DaraaEvents)[keyof typeof DaraaEvents]

/**
 * A vendor order's money right after a move, as decimal strings in the
 * currency's main unit (docs/payments.md, "The money of a vendor order"), with
 * what was paid and refunded on its own payment so far.
 */
export type VendorOrderAmounts = {
  currency_code: string
  gross: string | null
  discounts: string | null
  tax: string | null
  delivery_fee: string | null
  commission: string
  vendor_net: string
  paid_total: string
  refunded_total: string
}

/** Every vendor order move carries this; `id` is the Medusa order id, `at` when the move was recorded. */
export type VendorOrderMoved = {
  id: string
  vendor_id: string
  action: VendorOrderAction
  from: VendorOrderStatus
  to: VendorOrderStatus
  at: string
  actor: VendorOrderActor
  reason: string | null
  amounts: VendorOrderAmounts
}

/** Every delivery move carries this; `order_id` is the vendor order (a Medusa order). */
export type DeliveryMoved = {
  id: string
  order_id: string
  vendor_id: string
  courier_id: string | null
  from: DeliveryStatus | null
  to: DeliveryStatus
  at: string
  actor_type: "courier" | "vendor" | "user" | "customer" | "system"
  actor_id: string | null
  reason: string | null
}

/** Every payout event carries this; amounts in the currency's main unit, as decimal strings. */
export type PayoutMoved = {
  id: string
  owner_type: "vendor" | "courier"
  owner_id: string
  currency_code: string
  amount: string
  status: string
  early: boolean
  /** Why it failed or was rejected; the admin's note on an approval. */
  reason: string | null
  provider_reference: string | null
}

/** The payload of each event. */
export type DaraaEventPayloads = {
  [DaraaEvents.VENDOR_CREATED]: { id: string }
  [DaraaEvents.VENDOR_UPDATED]: { id: string }
  [DaraaEvents.VENDOR_APPROVED]: { id: string; reason?: string | null }
  [DaraaEvents.VENDOR_REJECTED]: { id: string; reason?: string | null }
  [DaraaEvents.VENDOR_SUSPENDED]: { id: string; reason?: string | null }
  [DaraaEvents.VENDOR_REINSTATED]: { id: string; reason?: string | null }
  /** One event per variant that ran low. */
  [DaraaEvents.VENDOR_STOCK_LOW]: LowStockVariant
  [DaraaEvents.VENDOR_DOCUMENTS_SUBMITTED]: { id: string; document_ids: string[] }
  [DaraaEvents.VENDOR_INVITE_CREATED]: { id: string; vendor_id: string; email: string }
  [DaraaEvents.VENDOR_MEMBER_JOINED]: { id: string; vendor_id: string }
  [DaraaEvents.VENDOR_MEMBER_REMOVED]: { id: string; vendor_id: string }

  [DaraaEvents.COURIER_CREATED]: { id: string }
  [DaraaEvents.COURIER_APPROVED]: { id: string; reason?: string | null }
  [DaraaEvents.COURIER_REJECTED]: { id: string; reason?: string | null }
  [DaraaEvents.COURIER_SUSPENDED]: { id: string; reason?: string | null }
  [DaraaEvents.COURIER_REINSTATED]: { id: string; reason?: string | null }
  [DaraaEvents.COURIER_DOCUMENTS_SUBMITTED]: { id: string; document_ids: string[] }

  [DaraaEvents.DELIVERY_CREATED]: DeliveryMoved
  /** Offered to one courier; `offer_id` expires at `expires_at`. */
  [DaraaEvents.DELIVERY_OFFERED]: DeliveryMoved & { offer_id: string; expires_at: string }
  [DaraaEvents.DELIVERY_ASSIGNED]: DeliveryMoved
  [DaraaEvents.DELIVERY_PICKED_UP]: DeliveryMoved
  [DaraaEvents.DELIVERY_DELIVERED]: DeliveryMoved
  [DaraaEvents.DELIVERY_FAILED]: DeliveryMoved
  [DaraaEvents.DELIVERY_CANCELLED]: DeliveryMoved
  [DaraaEvents.DELIVERY_STATUS_CHANGED]: DeliveryMoved
  [DaraaEvents.DELIVERY_NEAR]: { id: string; order_id: string; vendor_id: string; courier_id: string; remaining_km: number | null; eta: string | null }

  [DaraaEvents.ORDER_GROUP_PLACED]: { id: string }
  [DaraaEvents.VENDOR_ORDER_ACCEPTED]: VendorOrderMoved
  [DaraaEvents.VENDOR_ORDER_PREPARING]: VendorOrderMoved
  [DaraaEvents.VENDOR_ORDER_READY]: VendorOrderMoved
  [DaraaEvents.VENDOR_ORDER_REJECTED]: VendorOrderMoved & { rejected_by: "vendor" | "platform" }
  [DaraaEvents.VENDOR_ORDER_CANCELLED]: VendorOrderMoved
  [DaraaEvents.VENDOR_ORDER_OUT_FOR_DELIVERY]: VendorOrderMoved
  [DaraaEvents.VENDOR_ORDER_DELIVERED]: VendorOrderMoved
  [DaraaEvents.VENDOR_ORDER_DELIVERY_FAILED]: VendorOrderMoved
  /** A vendor order's share was captured on the rail: `amount` in the currency's main unit, as a decimal string. */
  [DaraaEvents.VENDOR_ORDER_CAPTURED]: { order_id: string; payment_id: string; amount: string; currency_code: string }
  /** A refund on a vendor order's own payment, however it was made; each refund once. */
  [DaraaEvents.VENDOR_ORDER_REFUNDED]: { order_id: string; refund_id: string; amount: string; currency_code: string }

  [DaraaEvents.COMMISSION_RULE_CREATED]: { id: string }
  [DaraaEvents.COMMISSION_RULE_UPDATED]: { id: string }
  [DaraaEvents.COMMISSION_RULE_DELETED]: { id: string }
  [DaraaEvents.COMMISSION_ADJUSTED]: { order_id: string; vendor_id: string; cause: string; adjustment_ids: string[] }

  /** A ledger transaction was posted (once per idempotency key); amounts signed, in main units, as decimal strings. */
  [DaraaEvents.LEDGER_TRANSACTION_POSTED]: {
    id: string
    type: string
    reference_type: string
    reference_id: string
    entries: { account_id: string; owner_type: string; owner_id: string; currency_code: string; amount: string }[]
  }

  [DaraaEvents.PAYOUT_CREATED]: PayoutMoved
  [DaraaEvents.PAYOUT_REQUESTED]: PayoutMoved
  [DaraaEvents.PAYOUT_APPROVED]: PayoutMoved
  [DaraaEvents.PAYOUT_REJECTED]: PayoutMoved
  [DaraaEvents.PAYOUT_PROCESSING]: PayoutMoved
  [DaraaEvents.PAYOUT_PAID]: PayoutMoved
  [DaraaEvents.PAYOUT_FAILED]: PayoutMoved

  /** One IP reached the alert threshold of security events in a window (once per window). */
  [DaraaEvents.SECURITY_ALERT]: { ip: string; events: number; window_minutes: number; last_event_type: string }
}

export type DaraaEventPayload<Name extends DaraaEventName> = DaraaEventPayloads[Name]

import type { Locale } from "../constants"
import { courierApproved } from "./courier-approved"
import { courierAwaitingReview } from "./courier-awaiting-review"
import { courierReinstated } from "./courier-reinstated"
import { courierRejected } from "./courier-rejected"
import { courierSuspended } from "./courier-suspended"
import { loyaltyPointsEarned } from "./loyalty-points-earned"
import { loyaltyPointsExpiring } from "./loyalty-points-expiring"
import { loyaltyTierReached } from "./loyalty-tier-reached"
import { deliveryAssigned } from "./delivery-assigned"
import { deliveryDelivered } from "./delivery-delivered"
import { deliveryOffer } from "./delivery-offer"
import { deliveryPickedUp } from "./delivery-picked-up"
import { deliveryNear } from "./delivery-near"
import { orderPlaced } from "./order-placed"
import { payoutFailed, payoutPaid, payoutRequestApproved, payoutRequestRejected } from "./payouts"
import { refundIssued } from "./refund-issued"
import { securityAlert } from "./security-alert"
import type { LocalizedTemplate, RenderedMessage } from "./types"
import { vendorApproved } from "./vendor-approved"
import { vendorAwaitingReview } from "./vendor-awaiting-review"
import { vendorCancelledOrder } from "./vendor-cancelled-order"
import { vendorDeliveryAssigned } from "./vendor-delivery-assigned"
import { vendorDeliveryPickedUp } from "./vendor-delivery-picked-up"
import { vendorNewOrder } from "./vendor-new-order"
import { vendorOrderAccepted } from "./vendor-order-accepted"
import { vendorOrderCancelled } from "./vendor-order-cancelled"
import { vendorOrderReady } from "./vendor-order-ready"
import { vendorOrderRejected } from "./vendor-order-rejected"
import { vendorRejected } from "./vendor-rejected"
import { vendorStockLow } from "./vendor-stock-low"
import { vendorOrderSettled } from "./vendor-order-settled"
import { vendorSuspended } from "./vendor-suspended"
import { walletCredited } from "./wallet-credited"
import { walletRefund } from "./wallet-refund"

/** Every notification Daraa sends, by the name stored on feed entries and deliveries. */
export const notificationTemplates = {
  "order-placed": orderPlaced,
  "vendor-order-accepted": vendorOrderAccepted,
  "vendor-order-rejected": vendorOrderRejected,
  "vendor-order-ready": vendorOrderReady,
  "vendor-order-cancelled": vendorOrderCancelled,
  "refund-issued": refundIssued,
  "vendor-new-order": vendorNewOrder,
  "vendor-cancelled-order": vendorCancelledOrder,
  "vendor-approved": vendorApproved,
  "vendor-rejected": vendorRejected,
  "vendor-suspended": vendorSuspended,
  "vendor-stock-low": vendorStockLow,
  "vendor-awaiting-review": vendorAwaitingReview,
  "wallet-credited": walletCredited,
  "wallet-refund": walletRefund,
  "vendor-order-settled": vendorOrderSettled,
  "security-alert": securityAlert,
  "courier-approved": courierApproved,
  "courier-rejected": courierRejected,
  "courier-suspended": courierSuspended,
  "courier-reinstated": courierReinstated,
  "courier-awaiting-review": courierAwaitingReview,
  "loyalty-points-earned": loyaltyPointsEarned,
  "loyalty-tier-reached": loyaltyTierReached,
  "loyalty-points-expiring": loyaltyPointsExpiring,
  "delivery-offer": deliveryOffer,
  "delivery-assigned": deliveryAssigned,
  "delivery-picked-up": deliveryPickedUp,
  "delivery-delivered": deliveryDelivered,
  "vendor-delivery-assigned": vendorDeliveryAssigned,
  "vendor-delivery-picked-up": vendorDeliveryPickedUp,
  "payout-paid": payoutPaid,
  "payout-failed": payoutFailed,
  "payout-request-approved": payoutRequestApproved,
  "payout-request-rejected": payoutRequestRejected,
  "delivery-near": deliveryNear,
} satisfies Record<string, LocalizedTemplate<any>>

export type NotificationEvent = keyof typeof notificationTemplates

export type NotificationData<Event extends NotificationEvent> = Parameters<
  (typeof notificationTemplates)[Event]["en"]
>[0]

export function isNotificationEvent(name: string): name is NotificationEvent {
  return Object.prototype.hasOwnProperty.call(notificationTemplates, name)
}

/** The message of `event` in the recipient's locale, filled from the event's data. */
export function renderNotification(event: NotificationEvent, locale: Locale, data: Record<string, unknown>): RenderedMessage {
  const template = notificationTemplates[event] as LocalizedTemplate<Record<string, unknown>>
  return template[locale](data)
}

/** Email wraps the same text in minimal HTML, escaped, with the page direction of the locale. */
export function renderEmailHtml(message: RenderedMessage, locale: Locale): string {
  const escape = (text: string) =>
    text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
  const direction = locale === "ar" ? "rtl" : "ltr"
  return `<!doctype html><html lang="${locale}" dir="${direction}"><body><h1>${escape(message.title)}</h1><p>${escape(message.body)}</p></body></html>`
}

export type { RenderedMessage } from "./types"

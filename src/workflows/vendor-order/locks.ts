/**
 * Every movement of one vendor order's money (a refund, a cancel that refunds
 * or releases, a capture) takes this lock, Daraa's routes and Medusa's own
 * admin routes alike, so that each reads what the order still holds after the
 * one before it has written. Medusa's refund workflow records the refunds it
 * finds on the payment, so two refunds of one payment must never interleave.
 */
export function vendorOrderPaymentLockKey(orderId: string): string {
  return `vendor-order-payment:${orderId}`
}

/** The lock of one checkout's capture decision (acceptance policy, one capture per rail). */
export function orderGroupCaptureLockKey(groupId: string): string {
  return `order-group-capture:${groupId}`
}

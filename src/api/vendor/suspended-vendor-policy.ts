/**
 * What a suspended vendor may still do (docs/vendors.md): read everything it
 * has, and finish the orders it had accepted before the suspension (prepare,
 * mark ready, or reject them so the customer is refunded), and each member
 * keeps their own settings. Nothing else: no new orders, no catalog, stock,
 * uploads, profile, team or documents.
 */
export type SuspendedVendorAccess = "allowed" | "accepted_orders_only" | "refused"

const READS = ["GET", "HEAD", "OPTIONS"]
const FINISHING_AN_ORDER = /^\/vendor\/orders\/[^/]+\/(preparing|ready|reject)\/?$/
// The member's own settings are theirs, not the store's.
const OWN_MEMBER_SETTINGS = /^\/vendor\/me\/member\/?$/

export function suspendedVendorAccess(method: string, path: string): SuspendedVendorAccess {
  if (READS.includes(method.toUpperCase()) || (method.toUpperCase() === "POST" && OWN_MEMBER_SETTINGS.test(path))) {
    return "allowed"
  }
  if (method.toUpperCase() === "POST" && FINISHING_AN_ORDER.test(path)) {
    return "accepted_orders_only"
  }
  return "refused"
}

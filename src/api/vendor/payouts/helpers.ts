import type { PayeeOf } from "../../payouts/payee-handlers"
import type { VendorRequest } from "../resolve-vendor-actor"

/** The signed-in vendor, as a payee of payouts. */
export const vendorPayee: PayeeOf = (req) => ({ owner_type: "vendor", owner_id: (req as VendorRequest).vendor_context.vendor.id })

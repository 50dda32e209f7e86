import { payeePayoutHandlers } from "../../../payouts/payee-handlers"
import { vendorPayee } from "../helpers"

/** One of the vendor's payouts with its per-order breakdown; another payee's answers 404. */
export const GET = payeePayoutHandlers(vendorPayee).retrieve

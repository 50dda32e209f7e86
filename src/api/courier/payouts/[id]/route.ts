import { payeePayoutHandlers } from "../../../payouts/payee-handlers"
import { courierPayee } from "../helpers"

/** One of the courier's payouts with its per-order breakdown; another payee's answers 404. */
export const GET = payeePayoutHandlers(courierPayee).retrieve

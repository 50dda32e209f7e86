import { payeePayoutHandlers } from "../../payouts/payee-handlers"
import { courierPayee } from "./helpers"

const handlers = payeePayoutHandlers(courierPayee)

/** The courier's payouts with their per-order breakdown, and `next_payout_at`. */
export const GET = handlers.list
/** An early payout of the available balance, `requested` until an admin decides. */
export const POST = handlers.request

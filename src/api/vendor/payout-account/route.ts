import { payoutAccountHandlers } from "../../payouts/payee-handlers"
import { vendorPayee } from "../payouts/helpers"

/** Where the vendor's payouts go (docs/payouts.md). */
const handlers = payoutAccountHandlers(vendorPayee)

export const GET = handlers.GET
export const POST = handlers.POST

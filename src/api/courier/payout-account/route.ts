import { payoutAccountHandlers } from "../../payouts/payee-handlers"
import { courierPayee } from "../payouts/helpers"

/** Where the courier's payouts go (docs/payouts.md). */
const handlers = payoutAccountHandlers(courierPayee)

export const GET = handlers.GET
export const POST = handlers.POST

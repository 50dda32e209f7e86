import type { PayeeOf } from "../../payouts/payee-handlers"
import type { CourierRequest } from "../resolve-courier-actor"

/** The signed-in courier, as a payee of payouts. */
export const courierPayee: PayeeOf = (req) => ({ owner_type: "courier", owner_id: (req as CourierRequest).courier_context.courier.id })

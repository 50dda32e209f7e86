import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type VendorOrderMoved } from "../events"
import { returnCancelledOrderPointsWorkflow } from "../workflows/loyalty/workflows/return-cancelled-order-points"

/** Points that paid part of a vendor order come back when the order is rejected or cancelled. */
export default async function returnLoyaltyPoints({ event, container }: SubscriberArgs<VendorOrderMoved>) {
  await returnCancelledOrderPointsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: [DaraaEvents.VENDOR_ORDER_REJECTED, DaraaEvents.VENDOR_ORDER_CANCELLED] }

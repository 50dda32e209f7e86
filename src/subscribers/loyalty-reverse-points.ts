import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { reverseVendorOrderPointsWorkflow } from "../workflows/loyalty/workflows/reverse-vendor-order-points"

/** A refund or a received return lowered an order's sales: its points are taken back in proportion. */
export default async function reverseLoyaltyPoints({ event, container }: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.COMMISSION_ADJUSTED>>) {
  await reverseVendorOrderPointsWorkflow(container).run({ input: { order_id: event.data.order_id, cause: event.data.cause } })
}

export const config: SubscriberConfig = { event: DaraaEvents.COMMISSION_ADJUSTED }

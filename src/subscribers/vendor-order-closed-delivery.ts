import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type VendorOrderMoved } from "../events"
import { cancelDeliveryWorkflow } from "../workflows/delivery/workflows/cancel-delivery"

/** A rejected or cancelled vendor order cancels its delivery and withdraws its offer. */
export default async function cancelDeliveryOfClosedOrder({ event, container }: SubscriberArgs<VendorOrderMoved>) {
  await cancelDeliveryWorkflow(container).run({
    input: {
      order_id: event.data.id,
      actor: { type: "system", id: null },
      reason: `vendor order ${event.data.to}${event.data.reason ? `: ${event.data.reason}` : ""}`,
    },
  })
}

export const config: SubscriberConfig = { event: [DaraaEvents.VENDOR_ORDER_REJECTED, DaraaEvents.VENDOR_ORDER_CANCELLED] }

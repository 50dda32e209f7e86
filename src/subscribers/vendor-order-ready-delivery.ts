import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type VendorOrderMoved } from "../events"
import { createDeliveryWorkflow } from "../workflows/delivery/workflows/create-delivery"

/**
 * A vendor order ready for pickup is offered to a courier (when still
 * pending: under DELIVERY_DISPATCH_ON=accepted it usually has one already).
 */
export default async function dispatchDeliveryOnReady({ event, container }: SubscriberArgs<VendorOrderMoved>) {
  await createDeliveryWorkflow(container).run({ input: { order_id: event.data.id, dispatch: true } })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_READY }

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type VendorOrderMoved } from "../events"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { createDeliveryWorkflow } from "../workflows/delivery/workflows/create-delivery"

/** An accepted vendor order gets its delivery, offered to a courier at once when DELIVERY_DISPATCH_ON=accepted. */
export default async function createDeliveryOnAccept({ event, container }: SubscriberArgs<VendorOrderMoved>) {
  const dispatchOn = container.resolve<DeliveryModuleService>(DELIVERY_MODULE).dispatchSettings().dispatch_on
  await createDeliveryWorkflow(container).run({ input: { order_id: event.data.id, dispatch: dispatchOn === "accepted" } })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_ACCEPTED }

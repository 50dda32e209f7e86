import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCustomerOfVendorOrder, type VendorOrderEvent } from "../workflows/notification/reactions"
import { DaraaEvents } from "../events"

/** The customer hears that the vendor's order is accepted. */
export default async function vendorOrderAcceptedNotification({ event, container }: SubscriberArgs<VendorOrderEvent>) {
  await notifyCustomerOfVendorOrder(container, "vendor-order-accepted", event.data)
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_ACCEPTED }

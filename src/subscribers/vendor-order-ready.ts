import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCustomerOfVendorOrder, type VendorOrderEvent } from "../workflows/notification/reactions"
import { DaraaEvents } from "../events"

/** The customer hears that the vendor's order is ready. */
export default async function vendorOrderReadyNotification({ event, container }: SubscriberArgs<VendorOrderEvent>) {
  await notifyCustomerOfVendorOrder(container, "vendor-order-ready", event.data)
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_READY }

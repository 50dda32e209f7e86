import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyCustomerOfVendorOrder, type VendorOrderEvent } from "../workflows/notification/reactions"

/** The customer hears that the vendor's order is rejected. */
export default async function vendorOrderRejectedNotification({ event, container }: SubscriberArgs<VendorOrderEvent>) {
  await notifyCustomerOfVendorOrder(container, "vendor-order-rejected", event.data)
}

export const config: SubscriberConfig = { event: "vendor_order.rejected" }

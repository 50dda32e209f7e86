import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyVendorOfStatus, type VendorStatusEvent } from "../workflows/notification/reactions"
import { DaraaEvents } from "../events"

/** The vendor's owners and managers hear that their store is rejected. */
export default async function vendorRejectedNotification({ event, container }: SubscriberArgs<VendorStatusEvent>) {
  await notifyVendorOfStatus(container, "vendor-rejected", event.data)
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_REJECTED }

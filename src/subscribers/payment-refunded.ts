import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordVendorOrderRefundsWorkflow } from "../workflows/vendor-order/workflows/record-vendor-order-refunds"

/** Every refund of a vendor order's payment is recorded with its order and announced once as `vendor_order.refunded`. */
export default async function recordVendorOrderRefunds({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordVendorOrderRefundsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { recomputeOrderCommissionWorkflow } from "../workflows/commission/workflows/recompute-order-commission"

/** A refund lowers the commission of the vendor order it was for. */
export default async function vendorOrderRefundedCommission({
  event,
  container,
}: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.VENDOR_ORDER_REFUNDED>>) {
  await recomputeOrderCommissionWorkflow(container).run({ input: { order_id: event.data.order_id, cause: `refund:${event.data.refund_id}` } })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_REFUNDED }

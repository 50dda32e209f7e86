import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recomputeOrderCommissionWorkflow } from "../workflows/commission/workflows/recompute-order-commission"

/** Units that came back no longer carry commission. */
export default async function orderReturnReceivedCommission({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await recomputeOrderCommissionWorkflow(container).run({ input: { order_id: event.data.order_id, cause: `return:${event.data.return_id}` } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.RETURN_RECEIVED }

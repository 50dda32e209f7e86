import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recomputeOrderCommissionWorkflow } from "../workflows/commission/workflows/recompute-order-commission"

/** A canceled order keeps nothing, so its commission lines fall to 0. */
export default async function orderCanceledCommission({ event, container }: SubscriberArgs<{ id: string }>) {
  await recomputeOrderCommissionWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }

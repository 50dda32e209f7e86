import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { ORDER_GROUP_MODULE } from "../modules/order-group"
import type OrderGroupModuleService from "../modules/order-group/service"
import { fundLoyaltyDiscountWorkflow } from "../workflows/loyalty/workflows/fund-loyalty-discount"

/** Each vendor order of a checkout paid partly with points gets its points discount funded in the ledger. */
export default async function fundLoyaltyDiscount({ event, container }: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.ORDER_GROUP_PLACED>>) {
  const states = await container
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listVendorOrderStates({ order_group_id: event.data.id } as any, { select: ["order_id"] })
  for (const state of states) {
    await fundLoyaltyDiscountWorkflow(container).run({ input: { order_id: state.order_id } })
  }
}

export const config: SubscriberConfig = { event: DaraaEvents.ORDER_GROUP_PLACED }

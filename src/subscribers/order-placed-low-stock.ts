import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { checkOrderLowStockWorkflow } from "../workflows/vendor-product/workflows/check-order-low-stock"

/** Orders reserve stock; a vendor whose variant falls to its low-stock threshold hears of it. */
export default async function orderPlacedLowStock({ event, container }: SubscriberArgs<{ id: string }>) {
  await checkOrderLowStockWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }

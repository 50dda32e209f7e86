import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"
import { DaraaEvents } from "../events"

/**
 * The customer hears once per checkout that it arrived, with the number of
 * each store's order. A checkout from one store points at that order, as
 * before groups existed; one from several stores points at the group.
 */
export default async function orderGroupPlacedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({
    entity: "order_group",
    fields: ["id", "customer_id", "orders.id", "orders.display_id"],
    filters: { id: event.data.id },
  })
  if (!group?.customer_id) {
    return
  }
  const orders = [...((group as any).orders ?? [])].sort((a: any, b: any) => a.display_id - b.display_id)
  if (!orders.length) {
    return
  }
  const single = orders.length === 1 ? orders[0] : null
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "order-placed",
      category: "orders",
      data: {
        id: single ? single.id : group.id,
        display_id: orders[0].display_id,
        display_ids: orders.map((order: any) => order.display_id),
      },
      resource: single ? { type: "order", id: single.id } : { type: "order_group", id: group.id },
      recipients: { customer_ids: [group.customer_id] },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.ORDER_GROUP_PLACED }

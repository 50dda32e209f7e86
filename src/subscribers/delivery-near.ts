import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

/** The customer hears, once, that the courier carrying their order is near. */
export default async function deliveryNearNotification({ event, container }: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.DELIVERY_NEAR>>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: couriers }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id", "customer_id"], filters: { id: event.data.order_id } }),
    query.graph({ entity: "courier", fields: ["id", "first_name"], filters: { id: event.data.courier_id } }),
  ])
  const order = orders[0]
  if (!order?.customer_id) {
    return
  }
  const minutes = event.data.eta ? Math.max(1, Math.round((new Date(event.data.eta).getTime() - Date.now()) / 60_000)) : null
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "delivery-near",
      category: "delivery",
      data: { id: order.id, display_id: order.display_id, courier_first_name: couriers[0]?.first_name ?? null, minutes },
      resource: { type: "order", id: order.id },
      recipients: { customer_ids: [order.customer_id] },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.DELIVERY_NEAR }

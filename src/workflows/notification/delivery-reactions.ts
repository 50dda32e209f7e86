import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { DaraaEventPayload, DaraaEvents, DeliveryMoved } from "../../events"
import type { NotificationEvent } from "../../modules/notification-center/templates"
import { notifyRecipientsWorkflow } from "./workflows/notify-recipients"

/** What the delivery notifications read: the delivery, its order's number and customer, and its courier. */
async function deliveryContext(container: MedusaContainer, moved: DeliveryMoved) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: deliveries }, { data: orders }, { data: couriers }] = await Promise.all([
    query.graph({
      entity: "delivery",
      fields: ["id", "proof_code", "fee", "cash_due", "currency_code", "pickup_address"],
      filters: { id: moved.id },
    }),
    query.graph({ entity: "order", fields: ["id", "display_id", "customer_id"], filters: { id: moved.order_id } }),
    moved.courier_id
      ? query.graph({ entity: "courier", fields: ["id", "first_name", "vehicle_type"], filters: { id: moved.courier_id } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  return { delivery: deliveries[0] as any, order: orders[0] as any, courier: (couriers[0] ?? null) as any }
}

/** The courier hears of an offer: where to pick up, what it pays, what cash to collect, how long it has. */
export async function notifyCourierOfOffer(container: MedusaContainer, offered: DaraaEventPayload<typeof DaraaEvents.DELIVERY_OFFERED>) {
  const { delivery } = await deliveryContext(container, offered)
  if (!delivery || !offered.courier_id) {
    return
  }
  const text = (value: unknown) => (value === null || value === undefined ? null : MathBN.convert(value as any).toFixed())
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "delivery-offer",
      category: "delivery",
      data: {
        id: delivery.id,
        offer_id: offered.offer_id,
        pickup_name: delivery.pickup_address?.name ?? null,
        fee: text(delivery.fee),
        cash_due: text(delivery.cash_due),
        currency_code: delivery.currency_code,
        expires_in_seconds: Math.max(0, Math.round((new Date(offered.expires_at).getTime() - new Date(offered.at).getTime()) / 1000)),
      },
      resource: { type: "delivery", id: delivery.id },
      recipients: { courier_id: offered.courier_id },
    },
  })
}

/**
 * The order's customer (with the proof code where the template shows it)
 * and its vendor hear of a delivery's move; either template may be absent.
 */
export async function notifyOfDeliveryMove(
  container: MedusaContainer,
  moved: DeliveryMoved,
  templates: { customer?: NotificationEvent; vendor?: NotificationEvent }
) {
  const { delivery, order, courier } = await deliveryContext(container, moved)
  if (!delivery || !order) {
    return
  }
  const data = {
    id: order.id,
    display_id: order.display_id,
    delivery_id: delivery.id,
    courier_first_name: courier?.first_name ?? null,
    vehicle_type: courier?.vehicle_type ?? null,
  }
  const resource = { type: "order", id: order.id }
  if (templates.customer && order.customer_id) {
    await notifyRecipientsWorkflow(container).run({
      input: {
        event: templates.customer,
        category: "delivery",
        data: { ...data, proof_code: delivery.proof_code },
        resource,
        recipients: { customer_ids: [order.customer_id] },
      },
    })
  }
  if (templates.vendor) {
    await notifyRecipientsWorkflow(container).run({
      input: { event: templates.vendor, category: "delivery", data, resource, recipients: { vendor_id: moved.vendor_id } },
    })
  }
}

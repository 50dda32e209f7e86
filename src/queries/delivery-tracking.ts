import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { POSITION_VISIBLE_STATUSES, TRACKED_DELIVERY_FIELDS, type TrackedDelivery } from "../workflows/delivery-tracking/tracked-delivery"

/**
 * Read models of a delivery's live state for the customer, its vendor and
 * admins: status, ETA, the courier's first name and vehicle, and the position
 * only while the courier carries the order.
 */

export type DeliveryTrackingView = {
  id: string
  order_id: string
  status: string
  eta: string | null
  remaining_km: number | null
  courier: { first_name: string; vehicle_type: string } | null
  position?: { latitude: number; longitude: number; at: string; speed_mps: number | null }
}

export async function retrieveTrackedDelivery(scope: MedusaContainer, filters: { id?: string; order_id?: string }): Promise<TrackedDelivery | null> {
  const [delivery] = await scope
    .resolve<DeliveryModuleService>(DELIVERY_MODULE)
    .listDeliveries(filters, { select: [...TRACKED_DELIVERY_FIELDS], take: 1 })
  return (delivery as unknown as TrackedDelivery) ?? null
}

/** The vendor order's delivery, or 404 naming the order when it has none yet. */
export async function retrieveDeliveryOfOrder(scope: MedusaContainer, order_id: string): Promise<TrackedDelivery> {
  const delivery = await retrieveTrackedDelivery(scope, { order_id })
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} has no delivery yet.`)
  }
  return delivery
}

/** The Medusa order's customer, or null when there is no such order. */
export async function customerOfOrder(scope: MedusaContainer, order_id: string): Promise<string | null | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: order_id } })
  return data[0] ? (data[0].customer_id ?? null) : undefined
}

export async function deliveryTrackingView(scope: MedusaContainer, delivery: TrackedDelivery): Promise<DeliveryTrackingView> {
  let courier: DeliveryTrackingView["courier"] = null
  if (delivery.courier_id) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "courier", fields: ["first_name", "vehicle_type"], filters: { id: delivery.courier_id } })
    courier = data[0] ? { first_name: data[0].first_name, vehicle_type: data[0].vehicle_type } : null
  }
  const visible = POSITION_VISIBLE_STATUSES.includes(delivery.status) && delivery.latitude !== null && delivery.longitude !== null && delivery.position_at
  const underWay = ["assigned", "picked_up"].includes(delivery.status)
  return {
    id: delivery.id,
    order_id: delivery.order_id,
    status: delivery.status,
    eta: underWay && delivery.eta_at ? new Date(delivery.eta_at).toISOString() : null,
    remaining_km: underWay ? delivery.remaining_km : null,
    courier,
    ...(visible
      ? {
          position: {
            latitude: delivery.latitude!,
            longitude: delivery.longitude!,
            at: new Date(delivery.position_at!).toISOString(),
            speed_mps: delivery.speed_mps,
          },
        }
      : {}),
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { COURIER_MODULE } from "../modules/courier"
import type CourierModuleService from "../modules/courier/service"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { ROUTING_MODULE } from "../modules/routing"
import type { LatLng } from "../modules/routing/geo"
import type RoutingModuleService from "../modules/routing/service"
import type { OrderedStop, Stop } from "../modules/routing/stop-order"

/** A courier carries the deliveries it has been given and not yet finished. */
export const ACTIVE_DELIVERY_STATUSES = ["assigned", "picked_up"]

export type CourierRoute = {
  provider: "straight-line" | "osrm"
  start: LatLng | null
  total_km: number
  stops: (OrderedStop & { order_id: string; status: string })[]
}

/**
 * The courier's stops in visiting order, from its last position: the pickup
 * of each delivery still to collect, then drop-offs, ordered by the routing
 * provider with every pickup before its drop-off.
 */
export async function courierRoute(scope: MedusaContainer, courier_id: string): Promise<CourierRoute> {
  const routing = scope.resolve<RoutingModuleService>(ROUTING_MODULE)
  const [deliveries, courier] = await Promise.all([
    scope.resolve<DeliveryModuleService>(DELIVERY_MODULE).listDeliveries(
      { courier_id, status: ACTIVE_DELIVERY_STATUSES as any },
      {
        select: ["id", "order_id", "status", "pickup_latitude", "pickup_longitude", "dropoff_latitude", "dropoff_longitude", "assigned_at"],
        order: { assigned_at: "ASC", id: "ASC" },
        take: 100,
      }
    ),
    scope.resolve<CourierModuleService>(COURIER_MODULE).retrieveCourier(courier_id, { select: ["id", "latitude", "longitude"] }),
  ])
  const stops: Stop[] = []
  for (const delivery of deliveries) {
    if (delivery.status === "assigned" && delivery.pickup_latitude !== null && delivery.pickup_longitude !== null) {
      stops.push({ delivery_id: delivery.id, kind: "pickup", latitude: delivery.pickup_latitude, longitude: delivery.pickup_longitude })
    }
    if (delivery.dropoff_latitude !== null && delivery.dropoff_longitude !== null) {
      stops.push({ delivery_id: delivery.id, kind: "dropoff", latitude: delivery.dropoff_latitude, longitude: delivery.dropoff_longitude })
    }
  }
  // Without a known position, the route starts at the first stop given.
  const start: LatLng | null =
    courier.latitude !== null && courier.longitude !== null ? { latitude: courier.latitude, longitude: courier.longitude } : (stops[0] ?? null)
  const order = start ? await routing.orderStops(start, stops) : { stops: [], total_km: 0 }
  const byId = new Map(deliveries.map((delivery) => [delivery.id, delivery]))
  return {
    provider: routing.providerName,
    start: start ? { latitude: start.latitude, longitude: start.longitude } : null,
    total_km: Math.round(order.total_km * 1000) / 1000,
    stops: order.stops.map((stop) => ({
      ...stop,
      leg_km: Math.round(stop.leg_km * 1000) / 1000,
      cumulative_km: Math.round(stop.cumulative_km * 1000) / 1000,
      order_id: byId.get(stop.delivery_id)!.order_id,
      status: byId.get(stop.delivery_id)!.status,
    })),
  }
}

/** Each delivery's place in the route: the sequence of its next stop (1 = next). */
export function stopSequences(route: CourierRoute): Map<string, number> {
  const sequences = new Map<string, number>()
  for (const stop of route.stops) {
    if (!sequences.has(stop.delivery_id)) {
      sequences.set(stop.delivery_id, stop.sequence)
    }
  }
  return sequences
}

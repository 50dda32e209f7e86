/** What tracking reads of a delivery. */
export const TRACKED_DELIVERY_FIELDS = [
  "id",
  "order_id",
  "vendor_id",
  "courier_id",
  "status",
  "pickup_latitude",
  "pickup_longitude",
  "dropoff_latitude",
  "dropoff_longitude",
  "latitude",
  "longitude",
  "position_at",
  "speed_mps",
  "remaining_km",
  "eta_at",
  "metadata",
] as const

export type TrackedDelivery = {
  id: string
  order_id: string
  vendor_id: string
  courier_id: string | null
  status: string
  pickup_latitude: number | null
  pickup_longitude: number | null
  dropoff_latitude: number | null
  dropoff_longitude: number | null
  latitude: number | null
  longitude: number | null
  position_at: Date | string | null
  speed_mps: number | null
  remaining_km: number | null
  eta_at: Date | string | null
  metadata: Record<string, unknown> | null
}

/** The position is shown only while the courier carries the order: from pickup to drop-off. */
export const POSITION_VISIBLE_STATUSES = ["picked_up"]

export function pickupOf(delivery: TrackedDelivery) {
  return delivery.pickup_latitude !== null && delivery.pickup_longitude !== null
    ? { latitude: delivery.pickup_latitude, longitude: delivery.pickup_longitude }
    : null
}

export function dropoffOf(delivery: TrackedDelivery) {
  return delivery.dropoff_latitude !== null && delivery.dropoff_longitude !== null
    ? { latitude: delivery.dropoff_latitude, longitude: delivery.dropoff_longitude }
    : null
}

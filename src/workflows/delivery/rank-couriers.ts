import { MathBN } from "@medusajs/framework/utils"

export type Point = { latitude: number; longitude: number }

export type CourierCandidate = {
  id: string
  latitude: number | null
  longitude: number | null
  max_active_deliveries: number
  /** Deliveries it carries now (assigned or picked up). */
  active_deliveries: number
  /** Cash it has collected and not yet handed in, in the delivery's currency (0 when none). */
  cash_owed: number | string
}

export type RankCouriersInput = {
  pickup: Point | null
  couriers: CourierCandidate[]
  /** Couriers who declined this delivery or let its offer expire. */
  excluded_courier_ids: readonly string[]
  /** Cash the courier will collect at the door; null when the order is paid. */
  cash_due: number | string | null
  /** How much a courier may owe in this currency (COURIER_CASH_LIMIT); null for no limit. */
  cash_limit: number | null
}

export type RankedCourier = { id: string; distance_km: number | null; active_deliveries: number }

const EARTH_RADIUS_KM = 6371.0088

/** Great-circle distance in kilometres (haversine), enough to rank couriers by. */
function straightLineKm(a: Point, b: Point): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180
  const dLat = radians(b.latitude - a.latitude)
  const dLon = radians(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

type MaybePoint = { latitude?: number | null; longitude?: number | null } | null

/** The straight-line distance between two points when both are known, rounded to metres. */
export function distanceKm(a: MaybePoint, b: MaybePoint): number | null {
  if (a?.latitude == null || a.longitude == null || b?.latitude == null || b.longitude == null) {
    return null
  }
  return Math.round(straightLineKm({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude }) * 1000) / 1000
}

/** Whether a courier may take `cash_due` more without owing more than `cash_limit`. */
export function withinCashLimit(cashOwed: number | string, cashDue: number | string | null, cashLimit: number | null): boolean {
  if (cashDue === null || cashLimit === null || !MathBN.gt(cashDue, 0)) {
    return true
  }
  return MathBN.lte(MathBN.add(cashOwed, cashDue), cashLimit)
}

/**
 * The couriers a delivery may be offered to, best first: those with free
 * capacity, not excluded, and able to carry the cash; nearest to the pickup
 * first (a courier without a position last), then the fewest deliveries.
 */
export function rankCouriers(input: RankCouriersInput): RankedCourier[] {
  const excluded = new Set(input.excluded_courier_ids)
  return input.couriers
    .filter((courier) => !excluded.has(courier.id))
    .filter((courier) => courier.active_deliveries < courier.max_active_deliveries)
    .filter((courier) => withinCashLimit(courier.cash_owed, input.cash_due, input.cash_limit))
    .map((courier) => ({
      id: courier.id,
      active_deliveries: courier.active_deliveries,
      distance_km: distanceKm(courier, input.pickup),
    }))
    .sort((a, b) => {
      const far = (distance: number | null) => (distance === null ? Number.POSITIVE_INFINITY : distance)
      return far(a.distance_km) - far(b.distance_km) || a.active_deliveries - b.active_deliveries || a.id.localeCompare(b.id)
    })
}

import type { ActiveHours } from "../../modules/delivery/active-hours"
import { zoneCentroid, type ZoneGeometry } from "../../modules/delivery/geo"

/** A delivery zone as an admin writes it; the centre defaults to the polygon's centroid. */
export type DeliveryZoneInput = {
  name: string
  currency_code: string
  polygon: ZoneGeometry
  center_latitude?: number
  center_longitude?: number
  base_fee: number
  fee_per_km: number
  max_distance_km: number
  active_hours?: ActiveHours | null
  timezone?: string
  cities?: string[] | null
  postal_codes?: string[] | null
  is_active?: boolean
}

export type DeliveryZoneUpdate = Partial<DeliveryZoneInput>

/**
 * The zone's centre: the one given, or the centroid of its polygon. A new
 * polygon without a new centre moves the centre to the new centroid.
 */
export function withZoneCenter<T extends DeliveryZoneUpdate>(input: T): T {
  if (!input.polygon || (input.center_latitude !== undefined && input.center_longitude !== undefined)) {
    return input
  }
  const center = zoneCentroid(input.polygon)
  return { ...input, center_latitude: center.latitude, center_longitude: center.longitude }
}

/** Lists of cities and postal codes without blanks or repeats, kept as typed. */
export function tidyZoneLists<T extends DeliveryZoneUpdate>(input: T): T {
  const tidy = (list: string[] | null | undefined) =>
    list === undefined || list === null ? list : [...new Set(list.map((entry) => entry.trim()).filter(Boolean))]
  return {
    ...input,
    ...(input.cities !== undefined ? { cities: tidy(input.cities) } : {}),
    ...(input.postal_codes !== undefined ? { postal_codes: tidy(input.postal_codes) } : {}),
  }
}

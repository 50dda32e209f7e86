import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { roundToCurrency } from "../commission/commission-calculation"
import { isWithinActiveHours, type ActiveHours } from "../delivery/active-hours"
import { haversineKm, pointInZone, type LatLng, type ZoneGeometry } from "../delivery/geo"
import type { Placement } from "../delivery/geocoding"

/** A delivery zone as the quote reads it (the `delivery_zone` row). */
export type QuotableZone = {
  id: string
  name: string
  currency_code: string
  polygon: ZoneGeometry
  center_latitude: number
  center_longitude: number
  base_fee: BigNumberInput
  fee_per_km: BigNumberInput
  max_distance_km: number
  active_hours?: ActiveHours | null
  timezone: string
  is_active: boolean
}

export type DeliveryQuoteInput = {
  vendor: LatLng & { name: string }
  placement: Placement
  zones: QuotableZone[]
  currency_code: string
  now: Date
}

export type DeliveryQuote = {
  zone_id: string
  zone_name: string
  // Rounded to metres; the fee is computed from this figure.
  distance_km: number
  // "address": to the address's own point; "zone_center": an address placed only by its zone.
  priced_to: "address" | "zone_center"
  amount: ReturnType<typeof MathBN.convert>
}

export type DeliveryQuoteResult =
  | { quote: DeliveryQuote }
  | { problem: string; reason: "outside_zones" | "beyond_max_distance" | "outside_active_hours" }

/** base_fee + fee_per_km × km, rounded half up to the currency's precision. */
export function deliveryFee(zone: Pick<QuotableZone, "base_fee" | "fee_per_km">, distanceKm: number, currencyCode: string) {
  return roundToCurrency(MathBN.add(zone.base_fee, MathBN.mult(zone.fee_per_km, distanceKm)), currencyCode)
}

const roundedKm = (km: number) => Math.round(km * 1000) / 1000

/**
 * A vendor's delivery fee to a placed address: among the active zones in the
 * cart's currency that hold the address (its point inside the polygon, or its
 * city or postal code on the zone's lists), the cheapest that is open now and
 * within its maximum distance of the vendor. Otherwise the reason, as a
 * sentence for the shopper.
 */
export function quoteDelivery(input: DeliveryQuoteInput): DeliveryQuoteResult {
  const currency = input.currency_code.toLowerCase()
  const inCurrency = input.zones.filter((zone) => zone.is_active && zone.currency_code.toLowerCase() === currency)
  const { placement } = input
  const holding =
    placement.kind === "point"
      ? inCurrency.filter((zone) => pointInZone(placement.point, zone.polygon))
      : inCurrency.filter((zone) => placement.zone_ids.includes(zone.id))
  if (!holding.length) {
    const names = inCurrency.map((zone) => zone.name).sort()
    return {
      reason: "outside_zones",
      problem: names.length
        ? `This address is outside every delivery zone; Daraa delivers in ${names.join(", ")}.`
        : `No delivery zone delivers in ${currency.toUpperCase()}.`,
    }
  }

  const quotes: DeliveryQuote[] = []
  let tooFar: { zone: QuotableZone; km: number } | null = null
  let closed: QuotableZone | null = null
  for (const zone of holding) {
    const destination = placement.kind === "point" ? placement.point : { latitude: zone.center_latitude, longitude: zone.center_longitude }
    const km = roundedKm(haversineKm(input.vendor, destination))
    if (km > zone.max_distance_km) {
      tooFar ??= { zone, km }
      continue
    }
    if (!isWithinActiveHours(zone.active_hours, zone.timezone, input.now)) {
      closed ??= zone
      continue
    }
    quotes.push({
      zone_id: zone.id,
      zone_name: zone.name,
      distance_km: km,
      priced_to: placement.kind === "point" ? "address" : "zone_center",
      amount: deliveryFee(zone, km, currency),
    })
  }
  if (quotes.length) {
    quotes.sort((a, b) => (MathBN.lt(a.amount, b.amount) ? -1 : MathBN.gt(a.amount, b.amount) ? 1 : a.zone_name.localeCompare(b.zone_name)))
    return { quote: quotes[0] }
  }
  if (tooFar) {
    return {
      reason: "beyond_max_distance",
      problem: `${input.vendor.name} is ${tooFar.km.toFixed(1)} km from this address; the ${tooFar.zone.name} zone delivers up to ${tooFar.zone.max_distance_km} km.`,
    }
  }
  return {
    reason: "outside_active_hours",
    problem: `The ${closed!.name} zone is not delivering at this hour; try again during its active hours.`,
  }
}

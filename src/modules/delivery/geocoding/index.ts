import type { LatLng } from "../geo"
import { NominatimGeocoder, type NominatimOptions } from "./nominatim"
import type { AddressGeocoder, AddressToPlace, Placement, ZoneLists } from "./types"
import { ZoneListGeocoder } from "./zone-lists"

export * from "./types"
export { NominatimGeocoder } from "./nominatim"
export { ZoneListGeocoder, zonesListingAddress } from "./zone-lists"

/** Nominatim when its URL is configured, the zones' own lists otherwise. */
export function createGeocoder(options: { nominatim?: NominatimOptions | null }): AddressGeocoder {
  return options.nominatim?.url ? new NominatimGeocoder(options.nominatim) : new ZoneListGeocoder()
}

/**
 * `metadata.latitude` and `metadata.longitude` of a shipping address, as a
 * storefront may send them (Medusa's address has no such fields). Numbers or
 * numeric strings; both or neither.
 */
export function coordinatesFromMetadata(metadata: Record<string, unknown> | null | undefined): { point: LatLng | null; problem?: string } {
  const raw = { latitude: metadata?.latitude, longitude: metadata?.longitude }
  const given = (value: unknown) => value !== undefined && value !== null && value !== ""
  if (!given(raw.latitude) && !given(raw.longitude)) {
    return { point: null }
  }
  const latitude = typeof raw.latitude === "string" ? Number(raw.latitude) : raw.latitude
  const longitude = typeof raw.longitude === "string" ? Number(raw.longitude) : raw.longitude
  if (typeof latitude !== "number" || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    return { point: null, problem: "shipping_address.metadata.latitude must be a number between -90 and 90" }
  }
  if (typeof longitude !== "number" || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return { point: null, problem: "shipping_address.metadata.longitude must be a number between -180 and 180" }
  }
  return { point: { latitude, longitude } }
}

/**
 * Where a shipping address lies: its own coordinates when the storefront sent
 * them, else what the geocoder makes of it. Throws nothing; a problem with
 * the address comes back as a sentence.
 */
export async function placeAddress(
  address: AddressToPlace | null | undefined,
  zones: ZoneLists[],
  geocoder: AddressGeocoder
): Promise<{ placement: Placement | null; problem?: string }> {
  if (!address) {
    return { placement: null, problem: "The cart has no shipping address yet; add one before choosing delivery." }
  }
  const { point, problem } = coordinatesFromMetadata(address.metadata)
  if (problem) {
    return { placement: null, problem }
  }
  if (point) {
    return { placement: { kind: "point", point, source: "coordinates" } }
  }
  return { placement: await geocoder.place(address, zones) }
}

export type { NominatimOptions }

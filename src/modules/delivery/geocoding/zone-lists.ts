import type { AddressGeocoder, AddressToPlace, Placement, ZoneLists } from "./types"

const normalized = (value: string | null | undefined) => (value ?? "").normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase()

/**
 * The zones whose postal codes list the address's postal code, or failing
 * that, whose cities list its city (case and spacing ignored).
 */
export function zonesListingAddress(address: AddressToPlace, zones: ZoneLists[]): string[] {
  const postalCode = normalized(address.postal_code).replace(/\s/g, "")
  if (postalCode) {
    const byPostalCode = zones.filter((zone) => (zone.postal_codes ?? []).some((code) => normalized(code).replace(/\s/g, "") === postalCode))
    if (byPostalCode.length) {
      return byPostalCode.map((zone) => zone.id)
    }
  }
  const city = normalized(address.city)
  if (!city) {
    return []
  }
  return zones.filter((zone) => (zone.cities ?? []).some((name) => normalized(name) === city)).map((zone) => zone.id)
}

/** The default geocoder: no outside service, the zones' own lists. */
export class ZoneListGeocoder implements AddressGeocoder {
  async place(address: AddressToPlace, zones: ZoneLists[]): Promise<Placement | null> {
    const zone_ids = zonesListingAddress(address, zones)
    return zone_ids.length ? { kind: "zones", zone_ids, source: "zone_lists" } : null
  }
}

import type { LatLng } from "../geo"

/** The parts of a shipping address that place it (Medusa's address shape). */
export type AddressToPlace = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  metadata?: Record<string, unknown> | null
}

/** What a geocoder knows of a zone: its lists of cities and postal codes. */
export type ZoneLists = { id: string; cities?: string[] | null; postal_codes?: string[] | null }

/**
 * Where an address lies: an exact point (sent by the storefront or found by a
 * geocoding service), or only the zones whose lists name its city or postal
 * code, which price it to their centre.
 */
export type Placement =
  | { kind: "point"; point: LatLng; source: "coordinates" | "nominatim" }
  | { kind: "zones"; zone_ids: string[]; source: "zone_lists" }

/** Places an address that came without coordinates; null when it cannot be placed. */
export interface AddressGeocoder {
  place(address: AddressToPlace, zones: ZoneLists[]): Promise<Placement | null>
}

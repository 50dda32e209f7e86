import type { AddressGeocoder, AddressToPlace, Placement, ZoneLists } from "./types"
import { ZoneListGeocoder } from "./zone-lists"

export type NominatimOptions = {
  /** The server's base URL, such as https://nominatim.openstreetmap.org. */
  url: string
  /** Sent as `email`, as Nominatim's usage policy asks of heavy users. */
  email?: string
  timeout_ms?: number
  warn?: (message: string) => void
}

const CACHE_SIZE = 500
const CACHE_SECONDS = 3600

/**
 * Geocodes through Nominatim's structured search (`/search?street=&city=…`).
 * A found point is priced exactly; an address Nominatim cannot find, or a
 * failed call, falls back to the zones' lists, so a slow or down geocoder never
 * stops checkout on its own. Answers are cached for an hour: a checkout prices
 * the same address several times, and Nominatim asks for one request a second.
 */
export class NominatimGeocoder implements AddressGeocoder {
  private readonly fallback = new ZoneListGeocoder()
  private readonly cache = new Map<string, { point: { latitude: number; longitude: number } | null; until: number }>()

  constructor(private readonly options: NominatimOptions) {}

  async place(address: AddressToPlace, zones: ZoneLists[]): Promise<Placement | null> {
    const point = await this.lookUp(address)
    if (point) {
      return { kind: "point", point, source: "nominatim" }
    }
    return this.fallback.place(address, zones)
  }

  async lookUp(address: AddressToPlace): Promise<{ latitude: number; longitude: number } | null> {
    const params = new URLSearchParams({ format: "jsonv2", limit: "1" })
    const street = [address.address_1, address.address_2].filter(Boolean).join(", ")
    const entries: [string, string | null | undefined][] = [
      ["street", street],
      ["city", address.city],
      ["state", address.province],
      ["postalcode", address.postal_code],
      ["countrycodes", address.country_code?.toLowerCase()],
      ["email", this.options.email],
    ]
    for (const [key, value] of entries) {
      if (value) {
        params.set(key, value)
      }
    }
    if (!street && !address.city && !address.postal_code) {
      return null
    }
    const key = params.toString()
    const cached = this.cache.get(key)
    if (cached && cached.until > Date.now()) {
      return cached.point
    }
    let point: { latitude: number; longitude: number } | null
    try {
      const response = await fetch(`${this.options.url.replace(/\/+$/, "")}/search?${key}`, {
        headers: { accept: "application/json", "user-agent": "Daraa marketplace delivery pricing" },
        signal: AbortSignal.timeout(this.options.timeout_ms ?? 5000),
      })
      if (!response.ok) {
        throw new Error(`answered ${response.status}`)
      }
      const [first] = ((await response.json()) as { lat?: string; lon?: string }[]) ?? []
      const latitude = Number(first?.lat)
      const longitude = Number(first?.lon)
      point = first && Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null
    } catch (error) {
      // Not cached: the next request tries the service again.
      this.options.warn?.(`Nominatim could not geocode an address (${(error as Error).message}); placing it by the zones' lists.`)
      return null
    }
    if (this.cache.size >= CACHE_SIZE) {
      this.cache.delete(this.cache.keys().next().value as string)
    }
    this.cache.set(key, { point, until: Date.now() + CACHE_SECONDS * 1000 })
    return point
  }
}

import http from "http"
import type { AddressInfo } from "net"
import { coordinatesFromMetadata, createGeocoder, NominatimGeocoder, placeAddress, ZoneListGeocoder } from "../geocoding"

const zones = [
  { id: "dzone_city", cities: ["Daraa", "درعا"], postal_codes: null },
  { id: "dzone_north", cities: ["Izra"], postal_codes: ["1200"] },
]

describe("ZoneListGeocoder", () => {
  it("places by postal code first, then by city, ignoring case and spacing", async () => {
    const geocoder = new ZoneListGeocoder()
    expect(await geocoder.place({ city: "  daraa ", postal_code: "" }, zones)).toEqual({ kind: "zones", zone_ids: ["dzone_city"], source: "zone_lists" })
    expect(await geocoder.place({ city: "درعا" }, zones)).toEqual(expect.objectContaining({ zone_ids: ["dzone_city"] }))
    expect(await geocoder.place({ city: "Daraa", postal_code: "12 00" }, zones)).toEqual(expect.objectContaining({ zone_ids: ["dzone_north"] }))
    expect(await geocoder.place({ city: "Homs" }, zones)).toBeNull()
  })
})

describe("placeAddress", () => {
  it("uses the storefront's coordinates from metadata, exactly", async () => {
    const placed = await placeAddress({ city: "Homs", metadata: { latitude: "32.63", longitude: 36.11 } }, zones, new ZoneListGeocoder())
    expect(placed).toEqual({ placement: { kind: "point", point: { latitude: 32.63, longitude: 36.11 }, source: "coordinates" } })
  })

  it("names bad coordinates and a missing address", async () => {
    expect(coordinatesFromMetadata({ latitude: 32.6 })).toEqual({ point: null, problem: expect.stringContaining("metadata.longitude") })
    expect(coordinatesFromMetadata({ latitude: 100, longitude: 36 })).toEqual({ point: null, problem: expect.stringContaining("metadata.latitude") })
    expect((await placeAddress(null, zones, new ZoneListGeocoder())).problem).toContain("no shipping address")
  })
})

describe("NominatimGeocoder", () => {
  let server: http.Server
  let url: string
  const requests: URL[] = []
  let answer: (query: URLSearchParams) => { status: number; body: unknown }

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const requested = new URL(req.url!, "http://localhost")
      requests.push(requested)
      const { status, body } = answer(requested.searchParams)
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    })
    await new Promise<void>((resolve) => server.listen(0, "localhost", resolve))
    url = `http://localhost:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))
  beforeEach(() => (requests.length = 0))

  it("is used when its URL is configured", () => {
    expect(createGeocoder({ nominatim: { url } })).toBeInstanceOf(NominatimGeocoder)
    expect(createGeocoder({ nominatim: null })).toBeInstanceOf(ZoneListGeocoder)
  })

  it("asks Nominatim's structured search and caches the answer", async () => {
    answer = () => ({ status: 200, body: [{ lat: "32.6255", lon: "36.1068", display_name: "Daraa" }] })
    const geocoder = new NominatimGeocoder({ url: `${url}/`, email: "ops@daraa.example" })
    const address = { address_1: "Hospital Street 3", city: "Daraa", country_code: "SY", postal_code: "" }
    expect(await geocoder.place(address, zones)).toEqual({ kind: "point", point: { latitude: 32.6255, longitude: 36.1068 }, source: "nominatim" })
    expect(await geocoder.place(address, zones)).toEqual(expect.objectContaining({ source: "nominatim" }))
    expect(requests).toHaveLength(1)
    expect(requests[0].pathname).toEqual("/search")
    expect(Object.fromEntries(requests[0].searchParams)).toEqual({
      format: "jsonv2",
      limit: "1",
      street: "Hospital Street 3",
      city: "Daraa",
      countrycodes: "sy",
      email: "ops@daraa.example",
    })
  })

  it("falls back to the zones' lists when Nominatim finds nothing or fails", async () => {
    const warnings: string[] = []
    const geocoder = new NominatimGeocoder({ url, warn: (message) => warnings.push(message) })
    answer = () => ({ status: 200, body: [] })
    expect(await geocoder.place({ address_1: "Nowhere 1", city: "Daraa" }, zones)).toEqual(expect.objectContaining({ source: "zone_lists" }))
    answer = () => ({ status: 503, body: { error: "busy" } })
    expect(await geocoder.place({ address_1: "Somewhere 2", city: "Homs" }, zones)).toBeNull()
    expect(warnings).toEqual([expect.stringContaining("answered 503")])
  })
})

import { deliveryFee, quoteDelivery, type QuotableZone } from "../delivery-quote"

const city: QuotableZone = {
  id: "dzone_city",
  name: "Daraa city",
  currency_code: "syp",
  polygon: { type: "Polygon", coordinates: [[[36.05, 32.58], [36.16, 32.58], [36.16, 32.66], [36.05, 32.66], [36.05, 32.58]]] },
  center_latitude: 32.62,
  center_longitude: 36.105,
  base_fee: 100,
  fee_per_km: 50,
  max_distance_km: 10,
  active_hours: null,
  timezone: "Asia/Damascus",
  is_active: true,
}
const vendor = { name: "Hauran Bakery", latitude: 32.6189, longitude: 36.1021 }
const now = new Date("2026-12-02T10:00:00Z")

describe("deliveryFee", () => {
  it("adds the fee per km to the base fee, rounded half up to the currency", () => {
    expect(deliveryFee({ base_fee: 100, fee_per_km: 50 }, 1.234, "syp").toNumber()).toEqual(162)
    expect(deliveryFee({ base_fee: 100, fee_per_km: 50 }, 1.23, "syp").toNumber()).toEqual(162) // 161.5 → 162
    expect(deliveryFee({ base_fee: 1, fee_per_km: 0.35 }, 1.5, "usd").toNumber()).toEqual(1.53) // 1.525 → 1.53
  })
})

describe("quoteDelivery", () => {
  it("prices an address with coordinates by the exact distance", () => {
    const result = quoteDelivery({
      vendor,
      placement: { kind: "point", point: { latitude: 32.6369, longitude: 36.1021 }, source: "coordinates" },
      zones: [city],
      currency_code: "SYP",
      now,
    })
    // 0.018° of latitude is 2.002 km: 100 + 50 × 2.002 = 200.1 → 200.
    expect(result).toEqual({ quote: expect.objectContaining({ zone_id: "dzone_city", distance_km: 2.002, priced_to: "address" }) })
    expect((result as any).quote.amount.toNumber()).toEqual(200)
  })

  it("prices an address placed by its zone's lists to the zone's centre", () => {
    const result = quoteDelivery({ vendor, placement: { kind: "zones", zone_ids: ["dzone_city"], source: "zone_lists" }, zones: [city], currency_code: "syp", now })
    expect((result as any).quote).toEqual(expect.objectContaining({ priced_to: "zone_center", distance_km: 0.298 }))
    expect((result as any).quote.amount.toNumber()).toEqual(115)
  })

  it("refuses an address outside every zone in the cart's currency, naming the zones", () => {
    const outside = quoteDelivery({
      vendor,
      placement: { kind: "point", point: { latitude: 33.5138, longitude: 36.2765 }, source: "coordinates" },
      zones: [city],
      currency_code: "syp",
      now,
    })
    expect(outside).toEqual({ reason: "outside_zones", problem: expect.stringContaining("outside every delivery zone; Daraa delivers in Daraa city") })
    const otherCurrency = quoteDelivery({ vendor, placement: { kind: "zones", zone_ids: ["dzone_city"], source: "zone_lists" }, zones: [city], currency_code: "usd", now })
    expect(otherCurrency).toEqual({ reason: "outside_zones", problem: "No delivery zone delivers in USD." })
    const inactive = quoteDelivery({ vendor, placement: { kind: "zones", zone_ids: ["dzone_city"], source: "zone_lists" }, zones: [{ ...city, is_active: false }], currency_code: "syp", now })
    expect(inactive).toEqual(expect.objectContaining({ reason: "outside_zones" }))
  })

  it("refuses a vendor beyond the zone's maximum distance", () => {
    const far = { name: "Busra Sweets", latitude: 32.5176, longitude: 36.4817 }
    const result = quoteDelivery({ vendor: far, placement: { kind: "zones", zone_ids: ["dzone_city"], source: "zone_lists" }, zones: [city], currency_code: "syp", now })
    expect(result).toEqual({
      reason: "beyond_max_distance",
      problem: expect.stringMatching(/^Busra Sweets is 3\d\.\d km from this address; the Daraa city zone delivers up to 10 km\.$/),
    })
  })

  it("refuses outside active hours, and picks the cheapest open zone", () => {
    const closedNow = { ...city, active_hours: { wed: [["20:00", "23:00"]] as [string, string][] } }
    const placement = { kind: "zones" as const, zone_ids: ["dzone_city", "dzone_cheap"], source: "zone_lists" as const }
    expect(quoteDelivery({ vendor, placement, zones: [closedNow], currency_code: "syp", now })).toEqual(expect.objectContaining({ reason: "outside_active_hours" }))
    const cheap = { ...city, id: "dzone_cheap", name: "Cheap", base_fee: 10 }
    const result = quoteDelivery({ vendor, placement, zones: [city, cheap], currency_code: "syp", now })
    expect((result as any).quote.zone_id).toEqual("dzone_cheap")
  })
})

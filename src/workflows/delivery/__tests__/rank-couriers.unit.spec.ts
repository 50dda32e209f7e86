import { distanceKm, rankCouriers, withinCashLimit, type CourierCandidate } from "../rank-couriers"

const PICKUP = { latitude: 32.6189, longitude: 36.1021 }

const candidate = (id: string, overrides: Partial<CourierCandidate> = {}): CourierCandidate => ({
  id,
  latitude: PICKUP.latitude,
  longitude: PICKUP.longitude,
  max_active_deliveries: 3,
  active_deliveries: 0,
  cash_owed: 0,
  ...overrides,
})

const rank = (couriers: CourierCandidate[], extra: Partial<Parameters<typeof rankCouriers>[0]> = {}) =>
  rankCouriers({ pickup: PICKUP, couriers, excluded_courier_ids: [], cash_due: null, cash_limit: null, ...extra }).map((c) => c.id)

describe("distanceKm", () => {
  it("measures the great-circle distance, and knows nothing without both points", () => {
    // Daraa to Damascus is about 90 km as the crow flies.
    expect(distanceKm(PICKUP, { latitude: 33.5138, longitude: 36.2765 })).toBeGreaterThan(95)
    expect(distanceKm(PICKUP, { latitude: 33.5138, longitude: 36.2765 })).toBeLessThan(105)
    expect(distanceKm(PICKUP, PICKUP)).toEqual(0)
    expect(distanceKm(PICKUP, { latitude: null, longitude: 36 })).toBeNull()
    expect(distanceKm(null, PICKUP)).toBeNull()
  })
})

describe("rankCouriers", () => {
  it("puts the nearest first, then the one carrying fewer, then a courier without a position last", () => {
    const ranked = rank([
      candidate("far", { latitude: 32.7, longitude: 36.2 }),
      candidate("unplaced", { latitude: null, longitude: null }),
      candidate("near-busy", { latitude: 32.62, longitude: 36.103, active_deliveries: 2 }),
      candidate("near-idle", { latitude: 32.62, longitude: 36.103 }),
    ])
    expect(ranked).toEqual(["near-idle", "near-busy", "far", "unplaced"])
  })

  it("gives each its distance to the pickup", () => {
    const [best] = rankCouriers({
      pickup: PICKUP,
      couriers: [candidate("a", { latitude: 32.62, longitude: 36.103 })],
      excluded_courier_ids: [],
      cash_due: null,
      cash_limit: null,
    })
    expect(best.distance_km).toBeGreaterThan(0.1)
    expect(best.distance_km).toBeLessThan(0.2)
  })

  it("leaves out couriers at their limit and those who declined or let the offer expire", () => {
    expect(rank([candidate("full", { active_deliveries: 3 }), candidate("declined"), candidate("free")], { excluded_courier_ids: ["declined"] })).toEqual([
      "free",
    ])
    expect(rank([candidate("full", { max_active_deliveries: 1, active_deliveries: 1 })])).toEqual([])
  })

  it("offers cash on delivery only to couriers who stay within the cash limit", () => {
    const couriers = [candidate("owes-much", { cash_owed: "450" }), candidate("owes-little", { cash_owed: 100 })]
    expect(rank(couriers, { cash_due: "100", cash_limit: 500 })).toEqual(["owes-little"])
    expect(rank(couriers, { cash_due: "50", cash_limit: 500 })).toEqual(["owes-little", "owes-much"])
    // A paid order carries no cash: the limit does not matter.
    expect(rank(couriers, { cash_due: null, cash_limit: 0 })).toEqual(["owes-little", "owes-much"])
  })
})

describe("withinCashLimit", () => {
  it("allows up to the limit exactly", () => {
    expect(withinCashLimit(400, 100, 500)).toBe(true)
    expect(withinCashLimit(400.01, 100, 500)).toBe(false)
    expect(withinCashLimit(0, 1, 0)).toBe(false)
    expect(withinCashLimit(1000, 0, 0)).toBe(true)
  })
})

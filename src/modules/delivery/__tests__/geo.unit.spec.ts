import { haversineKm, pointInZone, zoneCentroid, zoneGeometryProblem, type ZoneGeometry } from "../geo"
import { activeHoursProblem, isWithinActiveHours } from "../active-hours"

const square = (west: number, south: number, east: number, north: number): [number, number][] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
]

describe("haversineKm", () => {
  it("measures great-circle distance", () => {
    // Daraa to Damascus, about 100 km as the crow flies.
    expect(haversineKm({ latitude: 32.6189, longitude: 36.1021 }, { latitude: 33.5138, longitude: 36.2765 })).toBeCloseTo(100.6, 0)
    // One degree of latitude is about 111.2 km anywhere.
    expect(haversineKm({ latitude: 10, longitude: 20 }, { latitude: 11, longitude: 20 })).toBeCloseTo(111.2, 1)
    expect(haversineKm({ latitude: 1, longitude: 1 }, { latitude: 1, longitude: 1 })).toEqual(0)
  })
})

describe("pointInZone", () => {
  const withHole: ZoneGeometry = { type: "Polygon", coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] }

  it("finds points inside a polygon, outside its holes, with edges inside", () => {
    expect(pointInZone({ latitude: 1, longitude: 1 }, withHole)).toBe(true)
    expect(pointInZone({ latitude: 5, longitude: 5 }, withHole)).toBe(false)
    expect(pointInZone({ latitude: 11, longitude: 5 }, withHole)).toBe(false)
    expect(pointInZone({ latitude: 0, longitude: 5 }, withHole)).toBe(true)
    expect(pointInZone({ latitude: 4, longitude: 5 }, withHole)).toBe(true)
  })

  it("handles concave polygons and MultiPolygons", () => {
    // A U shape: the notch between its arms is outside.
    const u: ZoneGeometry = {
      type: "Polygon",
      coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
    }
    expect(pointInZone({ latitude: 2, longitude: 1.5 }, u)).toBe(false)
    expect(pointInZone({ latitude: 2, longitude: 0.5 }, u)).toBe(true)
    const two: ZoneGeometry = { type: "MultiPolygon", coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]] }
    expect(pointInZone({ latitude: 5.5, longitude: 5.5 }, two)).toBe(true)
    expect(pointInZone({ latitude: 3, longitude: 3 }, two)).toBe(false)
  })
})

describe("zoneCentroid", () => {
  it("weights by area and subtracts holes", () => {
    expect(zoneCentroid({ type: "Polygon", coordinates: [square(0, 0, 4, 2)] })).toEqual({ latitude: 1, longitude: 2 })
    // Clockwise winding gives the same centre.
    expect(zoneCentroid({ type: "Polygon", coordinates: [[...square(0, 0, 4, 2)].reverse()] })).toEqual({ latitude: 1, longitude: 2 })
    const holed = zoneCentroid({ type: "Polygon", coordinates: [square(0, 0, 4, 4), square(2, 0, 4, 4)] })
    expect(holed.longitude).toBeCloseTo(1)
    expect(holed.latitude).toBeCloseTo(2)
    const two = zoneCentroid({ type: "MultiPolygon", coordinates: [[square(0, 0, 2, 2)], [square(10, 0, 12, 2)]] })
    expect(two).toEqual({ latitude: 1, longitude: 6 })
  })
})

describe("zoneGeometryProblem", () => {
  it("accepts Polygons and MultiPolygons", () => {
    expect(zoneGeometryProblem({ type: "Polygon", coordinates: [square(0, 0, 1, 1)] })).toBeNull()
    expect(zoneGeometryProblem({ type: "MultiPolygon", coordinates: [[square(0, 0, 1, 1)]] })).toBeNull()
  })

  it("names the problem", () => {
    expect(zoneGeometryProblem({ type: "Point", coordinates: [1, 2] })).toContain("polygon.type")
    expect(zoneGeometryProblem({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [0, 0]]] })).toContain("at least 4 positions")
    expect(zoneGeometryProblem({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toContain("not closed")
    expect(zoneGeometryProblem({ type: "Polygon", coordinates: [square(0, 0, 181, 1)] })).toContain("longitude 181")
    expect(zoneGeometryProblem({ type: "Polygon", coordinates: [square(0, 0, 1, 91)] })).toContain("latitude 91")
    expect(zoneGeometryProblem({ type: "MultiPolygon", coordinates: [[square(0, 0, 1, 1)], [[[0, "a"]]]] })).toContain("polygon.coordinates[1][0]")
    expect(zoneGeometryProblem("not json")).toContain("GeoJSON")
  })
})

describe("active hours", () => {
  // 2026-12-02 is a Wednesday; Damascus is UTC+3.
  const at = (utc: string) => new Date(`2026-12-02T${utc}:00Z`)

  it("opens by the zone's local time, with ranges past midnight", () => {
    const hours = { wed: [["08:00", "12:00"]] as [string, string][], tue: [["20:00", "02:00"]] as [string, string][] }
    expect(isWithinActiveHours(hours, "Asia/Damascus", at("05:30"))).toBe(true) // 08:30 local
    expect(isWithinActiveHours(hours, "Asia/Damascus", at("09:30"))).toBe(false) // 12:30 local
    expect(isWithinActiveHours(hours, "Asia/Damascus", at("22:30"))).toBe(false) // 01:30 Thursday
    expect(isWithinActiveHours(hours, "Asia/Damascus", new Date("2026-12-01T22:30:00Z"))).toBe(true) // 01:30 Wednesday, from Tuesday's range
    expect(isWithinActiveHours(null, "Asia/Damascus", at("00:00"))).toBe(true)
  })

  it("names bad ranges", () => {
    expect(activeHoursProblem({ mon: [["08:00", "25:00"]] })).toContain("active_hours.mon[0]")
    expect(activeHoursProblem({ funday: [] })).toContain("active_hours.funday")
    expect(activeHoursProblem({ mon: [["08:00", "22:00"]] })).toBeNull()
  })
})

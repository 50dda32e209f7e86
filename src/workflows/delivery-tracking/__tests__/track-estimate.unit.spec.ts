import { advanceMovement, estimateArrival, etaMoved, isNear, remainingPath, type GpsPoint } from "../track-estimate"

const T0 = new Date("2026-12-02T10:00:00Z")
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)
// Northward along a meridian: 0.001° of latitude is 111.2 m.
const point = (seconds: number, northMetres: number, extra: Partial<GpsPoint> = {}): GpsPoint => ({
  latitude: 32.6 + northMetres / 111_195,
  longitude: 36.1,
  recorded_at: at(seconds),
  ...extra,
})
const nowhere = { latitude: null, longitude: null, position_at: null, speed_mps: null }

describe("smoothing a courier's movement", () => {
  it("takes the first point as the position and smooths later speeds toward what the points show", () => {
    // 10 m/s for a minute, one point every 5 s.
    const points = Array.from({ length: 13 }, (_, i) => point(i * 5, i * 50))
    const moved = advanceMovement(nowhere, points)
    expect(moved.position).toEqual({ latitude: points[12].latitude, longitude: 36.1, at: at(60) })
    expect(moved.speed_mps).toBeCloseTo(10, 1)
    expect(moved.ignored).toEqual(0)
  })

  it("weighs a new speed by the time it covers: a brief stop barely moves the smoothed speed", () => {
    const cruising = { latitude: point(0, 0).latitude, longitude: 36.1, position_at: at(0), speed_mps: 10 }
    // Stopped for 5 s (a red light).
    const briefStop = advanceMovement(cruising, [point(5, 0)])
    expect(briefStop.speed_mps!).toBeGreaterThan(8)
    expect(briefStop.speed_mps!).toBeLessThan(10)
    // Stopped for two minutes: the speed has mostly gone.
    const longStop = advanceMovement(cruising, [point(120, 0)])
    expect(longStop.speed_mps!).toBeLessThan(0.5)
  })

  it("ignores a GPS jump, and follows two points in a row that agree on a new place", () => {
    const start = { latitude: point(0, 0).latitude, longitude: 36.1, position_at: at(0), speed_mps: 8 }
    // 5 km north in 5 s is 1,000 m/s: a jump; the next point is back on track.
    const jumped = advanceMovement(start, [point(5, 5000), point(10, 80)])
    expect(jumped.ignored).toEqual(1)
    expect(jumped.position!.latitude).toBeCloseTo(point(10, 80).latitude, 9)
    expect(jumped.speed_mps!).toBeLessThan(12)

    // Two agreeing points far away (a tunnel, a bad fix before): the courier is there.
    const relocated = advanceMovement(start, [point(5, 5000), point(10, 5040)])
    expect(relocated.position!.latitude).toBeCloseTo(point(10, 5040).latitude, 9)
    expect(relocated.speed_mps).toEqual(8)
  })

  it("ignores inaccurate points and prefers the phone's own speed", () => {
    const start = { latitude: point(0, 0).latitude, longitude: 36.1, position_at: at(0), speed_mps: null }
    const moved = advanceMovement(start, [point(10, 30, { accuracy: 500 }), point(20, 100, { speed: 4 })])
    expect(moved.ignored).toEqual(1)
    expect(moved.speed_mps).toEqual(4)
  })

  it("never moves the courier back for late or repeated points, and sorts a batch by time", () => {
    const now = { latitude: point(60, 600).latitude, longitude: 36.1, position_at: at(60), speed_mps: 10 }
    expect(advanceMovement(now, [point(30, 300), point(60, 600)])).toEqual({ position: null, speed_mps: 10, ignored: 0 })
    const shuffled = advanceMovement(now, [point(75, 750), point(65, 650), point(70, 700)])
    expect(shuffled.position!.at).toEqual(at(75))
    expect(shuffled.speed_mps).toBeCloseTo(10, 1)
  })
})

describe("the ETA", () => {
  it("is the remaining distance at the smoothed speed, never slower than the floor", () => {
    expect(estimateArrival({ from: T0, remaining_km: 3, speed_mps: 10 })).toEqual(at(300))
    // Standing still: the floor of 2.5 m/s.
    expect(estimateArrival({ from: T0, remaining_km: 3, speed_mps: 0 })).toEqual(at(1200))
    // No speed yet: 6 m/s.
    expect(estimateArrival({ from: T0, remaining_km: 3, speed_mps: null })).toEqual(at(500))
  })

  it("takes the routing provider's driving time when it has one", () => {
    expect(estimateArrival({ from: T0, remaining_km: 3, speed_mps: 10, duration_seconds: 420 })).toEqual(at(420))
  })

  it("goes through the pickup while assigned, straight to the drop-off once picked up", () => {
    const courier = { latitude: 1, longitude: 1 }
    const pickup = { latitude: 2, longitude: 2 }
    const dropoff = { latitude: 3, longitude: 3 }
    expect(remainingPath("assigned", courier, { pickup, dropoff })).toEqual([courier, pickup, dropoff])
    expect(remainingPath("picked_up", courier, { pickup, dropoff })).toEqual([courier, dropoff])
    expect(remainingPath("delivered", courier, { pickup, dropoff })).toBeNull()
    expect(remainingPath("picked_up", courier, { pickup, dropoff: null })).toBeNull()
  })

  it("is re-sent only when it moves by more than a minute", () => {
    expect(etaMoved(null, at(0))).toBe(true)
    expect(etaMoved(at(0), at(60))).toBe(false)
    expect(etaMoved(at(0).toISOString(), at(-61))).toBe(true)
  })

  it("calls the courier near within the distance or the time, once picked up only", () => {
    const settings = { near_meters: 500, near_seconds: 120 }
    expect(isNear("picked_up", 0.4, at(600), T0, settings)).toBe(true)
    expect(isNear("picked_up", 2, at(100), T0, settings)).toBe(true)
    expect(isNear("picked_up", 2, at(600), T0, settings)).toBe(false)
    expect(isNear("assigned", 0.1, at(10), T0, settings)).toBe(false)
  })
})

import { haversineKm } from "../geo"
import { StraightLineProvider } from "../providers"
import { nearestNeighbour, orderStopsByMatrix, pathKm, respectsPickupFirst, twoOpt, type Stop } from "../stop-order"
import RoutingModuleService from "../service"

// Along a street running east from the courier: about 1.1 km per 0.01° of longitude in Daraa.
const at = (east: number) => ({ latitude: 32.62, longitude: 36.1 + east * 0.01 })
const courier = at(0)

describe("the order of a courier's stops", () => {
  it("measures the great-circle distance", () => {
    expect(haversineKm({ latitude: 32.6189, longitude: 36.1021 }, { latitude: 33.5138, longitude: 36.2765 })).toBeCloseTo(100.5, 0)
    expect(haversineKm(courier, courier)).toEqual(0)
  })

  it("orders 3 stops of two deliveries nearest first, each pickup before its drop-off", async () => {
    const stops: Stop[] = [
      // Delivery A is on board: only its drop-off, far east.
      { delivery_id: "dlv_a", kind: "dropoff", ...at(5) },
      // Delivery B: its pickup is close, its drop-off between.
      { delivery_id: "dlv_b", kind: "dropoff", ...at(3) },
      { delivery_id: "dlv_b", kind: "pickup", ...at(1) },
    ]
    const routing = new RoutingModuleService({})
    const order = await routing.orderStops(courier, stops)
    expect(order.stops.map((stop) => `${stop.sequence} ${stop.kind} ${stop.delivery_id}`)).toEqual([
      "1 pickup dlv_b",
      "2 dropoff dlv_b",
      "3 dropoff dlv_a",
    ])
    expect(order.total_km).toBeCloseTo(haversineKm(courier, at(5)), 6)
    expect(order.stops[2].cumulative_km).toBeCloseTo(order.total_km, 9)
    expect(order.stops[0].leg_km).toBeCloseTo(haversineKm(courier, at(1)), 9)
  })

  it("never visits a drop-off before its pickup, even when the drop-off is nearest", async () => {
    const stops: Stop[] = [
      { delivery_id: "dlv_c", kind: "dropoff", ...at(0.5) },
      { delivery_id: "dlv_c", kind: "pickup", ...at(4) },
      { delivery_id: "dlv_d", kind: "dropoff", ...at(5) },
    ]
    const order = await new RoutingModuleService({}).orderStops(courier, stops)
    const kinds = order.stops.map((stop) => `${stop.kind} ${stop.delivery_id}`)
    expect(kinds[0]).not.toEqual("dropoff dlv_c")
    expect(kinds.indexOf("pickup dlv_c")).toBeLessThan(kinds.indexOf("dropoff dlv_c"))
  })

  it("lets 2-opt straighten a zigzag, and never lengthens nearest neighbour's path", async () => {
    const stops: Stop[] = [1, 2, 3, 4].map((east, index) => ({ delivery_id: `dlv_${index}`, kind: "dropoff", ...at(east) }))
    const matrix = await new StraightLineProvider().matrix([courier, ...stops])
    const zigzag = [3, 0, 2, 1]
    const straightened = twoOpt(stops, matrix, zigzag)
    expect(straightened).toEqual([0, 1, 2, 3])
    expect(pathKm(matrix, straightened)).toBeLessThan(pathKm(matrix, zigzag))

    // Scattered stops: the result is never longer than the greedy path it starts from.
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let round = 0; round < 20; round++) {
      const scattered: Stop[] = Array.from({ length: 7 }, (_, index) => ({
        delivery_id: `dlv_${index % 4}`,
        kind: index < 4 ? "dropoff" : "pickup",
        latitude: 32.6 + random() * 0.05,
        longitude: 36.08 + random() * 0.05,
      }))
      const distances = await new StraightLineProvider().matrix([courier, ...scattered])
      const greedy = nearestNeighbour(scattered, distances)
      const best = orderStopsByMatrix(scattered, distances)
      expect(best.total_km).toBeLessThanOrEqual(pathKm(distances, greedy) + 1e-9)
      const visited = best.stops.map((stop) => `${stop.kind}:${stop.delivery_id}`)
      for (const stop of best.stops.filter((s) => s.kind === "pickup")) {
        expect(visited.indexOf(`pickup:${stop.delivery_id}`)).toBeLessThan(visited.indexOf(`dropoff:${stop.delivery_id}`))
      }
    }
  })

  it("checks the pickup-first rule", () => {
    const stops: Stop[] = [
      { delivery_id: "x", kind: "pickup", ...at(1) },
      { delivery_id: "x", kind: "dropoff", ...at(2) },
    ]
    expect(respectsPickupFirst(stops, [0, 1])).toBe(true)
    expect(respectsPickupFirst(stops, [1, 0])).toBe(false)
  })

  it("answers an empty order for no stops", async () => {
    expect(await new RoutingModuleService({}).orderStops(courier, [])).toEqual({ stops: [], total_km: 0 })
  })
})

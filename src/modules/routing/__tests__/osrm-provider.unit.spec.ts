import http from "http"
import type { AddressInfo } from "net"
import RoutingModuleService from "../service"
import { OsrmProvider, ROAD_FACTOR } from "../providers"
import type { Stop } from "../stop-order"

/**
 * A local stand-in for an OSRM server: answers /table and /route as OSRM
 * does (metres and seconds, longitude first), from a table of road distances
 * that differs from straight lines, and records what it was asked.
 */
function fakeOsrm(roads: (from: number, to: number) => number) {
  const requests: string[] = []
  let failing = false
  const server = http.createServer((req, res) => {
    requests.push(req.url!)
    const match = /^\/(table|route)\/v1\/([^/]+)\/([^?]+)/.exec(req.url!)
    if (failing || !match) {
      res.writeHead(failing ? 503 : 400, { "content-type": "application/json" })
      res.end(JSON.stringify({ code: failing ? "Unavailable" : "InvalidUrl", message: "no" }))
      return
    }
    const points = match[3].split(";").map((pair) => pair.split(",").map(Number))
    const longitudes = points.map(([longitude]) => longitude)
    res.writeHead(200, { "content-type": "application/json" })
    if (match[1] === "table") {
      res.end(JSON.stringify({ code: "Ok", distances: longitudes.map((from) => longitudes.map((to) => roads(from, to))) }))
    } else {
      let metres = 0
      for (let i = 1; i < longitudes.length; i++) metres += roads(longitudes[i - 1], longitudes[i])
      res.end(JSON.stringify({ code: "Ok", routes: [{ distance: metres, duration: metres / 10 }] }))
    }
  })
  return {
    requests,
    fail: (value: boolean) => (failing = value),
    start: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise((resolve) => server.close(resolve)),
  }
}

const at = (longitude: number) => ({ latitude: 32.62, longitude })

describe("the OSRM routing provider", () => {
  // A river at longitude 36.15: crossing it costs a 20 km detour by road.
  const roads = (from: number, to: number) => Math.abs(from - to) * 100_000 + ((from < 36.15) !== (to < 36.15) ? 20_000 : 0)
  const osrm = fakeOsrm(roads)
  let url: string

  beforeAll(async () => {
    url = await osrm.start()
  })
  afterAll(async () => {
    await osrm.stop()
  })

  it("asks /table for the matrix, longitude first, and orders stops by road distance", async () => {
    const routing = new RoutingModuleService({}, { osrm_url: `${url}/`, osrm_profile: "bike" })
    expect(routing.providerName).toEqual("osrm")
    // By straight line the stop across the river (36.16) is nearest; by road the far bank waits until the end.
    const stops: Stop[] = [
      { delivery_id: "dlv_across", kind: "dropoff", ...at(36.16) },
      { delivery_id: "dlv_same_bank", kind: "dropoff", ...at(36.1) },
    ]
    const order = await routing.orderStops(at(36.14), stops)
    expect(order.stops.map((stop) => stop.delivery_id)).toEqual(["dlv_same_bank", "dlv_across"])
    expect(order.total_km).toBeCloseTo((4_000 + 6_000 + 20_000) / 1000, 6)
    expect(osrm.requests.at(-1)).toEqual("/table/v1/bike/36.140000,32.620000;36.160000,32.620000;36.100000,32.620000?annotations=distance")
  })

  it("asks /route for a path's road length and driving time", async () => {
    const estimate = await new OsrmProvider({ url }).route([at(36.1), at(36.12)])
    expect(estimate).toEqual({ distance_km: expect.closeTo(2, 6), duration_seconds: expect.closeTo(200, 6), source: "osrm" })
    expect(osrm.requests.at(-1)).toMatch(/^\/route\/v1\/driving\/36.100000,32.620000;36.120000,32.620000\?overview=false/)
  })

  it("falls back to straight lines when OSRM fails, and says why when called directly", async () => {
    osrm.fail(true)
    try {
      await expect(new OsrmProvider({ url }).route([at(36.1), at(36.12)])).rejects.toThrow(/OSRM route answered 503 Unavailable/)
      const warnings: string[] = []
      const routing = new RoutingModuleService({ logger: { warn: (line: string) => warnings.push(line) } }, { osrm_url: url })
      const estimate = await routing.route([at(36.1), at(36.12)])
      expect(estimate.source).toEqual("straight-line")
      expect(estimate.distance_km).toBeCloseTo(1.8737 * ROAD_FACTOR, 2)
      expect(warnings[0]).toMatch(/through osrm failed/)
    } finally {
      osrm.fail(false)
    }
  })
})

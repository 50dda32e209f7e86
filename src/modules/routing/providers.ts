import { haversineKm, type LatLng } from "./geo"
import type { DistanceMatrix } from "./stop-order"

/** A path's length and, when the provider knows the roads, its driving time. */
export type RouteEstimate = { distance_km: number; duration_seconds: number | null; source: "straight-line" | "osrm" }

/** What a routing provider answers: distances between points, and the length of a path through them. */
export interface RoutingProvider {
  readonly name: "straight-line" | "osrm"
  matrix(points: LatLng[]): Promise<DistanceMatrix>
  route(points: LatLng[]): Promise<RouteEstimate>
}

/**
 * Straight lines between points, stretched by ROAD_FACTOR for the route's
 * length: streets are rarely straight, and an ETA from the crow-fly distance
 * is always early. Needs no service.
 */
export const ROAD_FACTOR = 1.3

export class StraightLineProvider implements RoutingProvider {
  readonly name = "straight-line" as const

  async matrix(points: LatLng[]): Promise<DistanceMatrix> {
    return points.map((from) => points.map((to) => haversineKm(from, to)))
  }

  async route(points: LatLng[]): Promise<RouteEstimate> {
    let km = 0
    for (let i = 1; i < points.length; i++) {
      km += haversineKm(points[i - 1], points[i])
    }
    return { distance_km: km * ROAD_FACTOR, duration_seconds: null, source: "straight-line" }
  }
}

export type OsrmOptions = { url: string; profile?: string; timeout_ms?: number }

/**
 * An OSRM server (http://project-osrm.org): `/table` for the distance matrix
 * and `/route` for a path's length and driving time, by road.
 */
export class OsrmProvider implements RoutingProvider {
  readonly name = "osrm" as const
  protected readonly base_: string
  protected readonly profile_: string
  protected readonly timeoutMs_: number

  constructor(options: OsrmOptions) {
    this.base_ = options.url.replace(/\/+$/, "")
    this.profile_ = options.profile ?? "driving"
    this.timeoutMs_ = options.timeout_ms ?? 3000
  }

  protected coordinates(points: LatLng[]): string {
    // OSRM takes longitude first.
    return points.map((point) => `${point.longitude.toFixed(6)},${point.latitude.toFixed(6)}`).join(";")
  }

  protected async call(service: "table" | "route", points: LatLng[], query: string): Promise<any> {
    const url = `${this.base_}/${service}/v1/${encodeURIComponent(this.profile_)}/${this.coordinates(points)}?${query}`
    const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs_) })
    const body = (await response.json().catch(() => null)) as any
    if (!response.ok || body?.code !== "Ok") {
      throw new Error(`OSRM ${service} answered ${response.status} ${body?.code ?? ""} ${body?.message ?? ""}`.trim())
    }
    return body
  }

  async matrix(points: LatLng[]): Promise<DistanceMatrix> {
    const body = await this.call("table", points, "annotations=distance")
    const distances = body.distances as (number | null)[][] | undefined
    if (!Array.isArray(distances) || distances.length !== points.length) {
      throw new Error("OSRM table answered no distance matrix")
    }
    // An unreachable pair (null) falls back to the straight line, so ordering still completes.
    return distances.map((row, i) => row.map((metres, j) => (metres === null ? haversineKm(points[i], points[j]) * ROAD_FACTOR : metres / 1000)))
  }

  async route(points: LatLng[]): Promise<RouteEstimate> {
    const body = await this.call("route", points, "overview=false&alternatives=false&steps=false")
    const [route] = body.routes ?? []
    if (!route || typeof route.distance !== "number") {
      throw new Error("OSRM route answered no route")
    }
    return { distance_km: route.distance / 1000, duration_seconds: typeof route.duration === "number" ? route.duration : null, source: "osrm" }
  }
}

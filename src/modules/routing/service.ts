import type { Logger } from "@medusajs/framework/types"
import type { LatLng } from "./geo"
import { OsrmProvider, StraightLineProvider, type RouteEstimate, type RoutingProvider } from "./providers"
import { orderStopsByMatrix, type Stop, type StopOrder } from "./stop-order"

export type RoutingModuleOptions = {
  /** An OSRM server's base URL; straight lines when unset. */
  osrm_url?: string
  osrm_profile?: string
  timeout_ms?: number
}

/**
 * Distances, routes and the order of a courier's stops. The default needs no
 * service (straight lines, nearest neighbour then 2-opt); with `osrm_url` the
 * distances and driving times come from OSRM, and if OSRM fails a call falls
 * back to straight lines (logged), so tracking and dispatch never stop with it.
 */
export default class RoutingModuleService {
  protected readonly provider_: RoutingProvider
  protected readonly fallback_ = new StraightLineProvider()
  protected readonly logger_: Logger | undefined

  constructor(container: Record<string, unknown>, options: RoutingModuleOptions = {}) {
    this.logger_ = container.logger as Logger | undefined
    this.provider_ = options?.osrm_url
      ? new OsrmProvider({ url: options.osrm_url, profile: options.osrm_profile, timeout_ms: options.timeout_ms })
      : this.fallback_
  }

  get providerName(): RoutingProvider["name"] {
    return this.provider_.name
  }

  protected async withFallback<T>(what: string, call: (provider: RoutingProvider) => Promise<T>): Promise<T> {
    if (this.provider_ === this.fallback_) {
      return await call(this.fallback_)
    }
    try {
      return await call(this.provider_)
    } catch (error) {
      this.logger_?.warn(`Routing: ${what} through ${this.provider_.name} failed (${(error as Error).message}); using straight lines.`)
      return await call(this.fallback_)
    }
  }

  /** The order to visit `stops` from `start`: every pickup before its drop-off, shortest path found first. */
  async orderStops(start: LatLng, stops: Stop[]): Promise<StopOrder> {
    if (!stops.length) {
      return { stops: [], total_km: 0 }
    }
    const matrix = await this.withFallback("the distance matrix", (provider) => provider.matrix([start, ...stops]))
    return orderStopsByMatrix(stops, matrix)
  }

  /** The length (and, by road, the driving time) of the path through `points`, in order. */
  async route(points: LatLng[]): Promise<RouteEstimate> {
    return await this.withFallback("a route", (provider) => provider.route(points))
  }
}

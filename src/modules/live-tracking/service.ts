import type { Logger } from "@medusajs/framework/types"
import type { FeedSettings, TrackingFeed } from "./feed"
import { MemoryTrackingFeed } from "./memory-feed"
import { RedisTrackingFeed } from "./redis-feed"

export type LiveTrackingOptions = {
  /** With a Redis URL the feeds are shared by every instance through Redis; in-process otherwise. */
  redis_url?: string
  /** Events kept per delivery for watchers that reconnect with Last-Event-ID. */
  replay_size?: number
  /** Seconds between two heartbeats on an idle stream. */
  heartbeat_seconds?: number
  /** Track points older than this many days are pruned. */
  retention_days?: number
  /** The customer is told the courier is near within this many metres … */
  near_meters?: number
  /** … or this many seconds from the drop-off. */
  near_seconds?: number
}

export type LiveTrackingSettings = Required<Omit<LiveTrackingOptions, "redis_url">>

export const LIVE_TRACKING_DEFAULTS: LiveTrackingSettings = {
  replay_size: 500,
  heartbeat_seconds: 15,
  retention_days: 30,
  near_meters: 500,
  near_seconds: 180,
}

/** A delivery's feed is kept a day after its last event. */
const FEED_TTL_SECONDS = 24 * 60 * 60

/**
 * The live side of delivery tracking: each delivery's feed of status,
 * position and ETA events for Server-Sent Events watchers, fanned out in
 * process, or through Redis pub/sub with `redis_url` so that a watcher on any
 * server instance hears a point posted to any other; and the tracking settings.
 */
export default class LiveTrackingModuleService {
  readonly settings: LiveTrackingSettings
  readonly feed: TrackingFeed
  protected readonly __hooks = { onApplicationShutdown: async () => await this.feed.close() }

  constructor(container: Record<string, unknown>, options: LiveTrackingOptions = {}) {
    this.settings = { ...LIVE_TRACKING_DEFAULTS, ...Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined)) } as LiveTrackingSettings
    const feedSettings: FeedSettings = { replay_size: this.settings.replay_size, ttl_seconds: FEED_TTL_SECONDS }
    this.feed = options?.redis_url ? new RedisTrackingFeed(options.redis_url, feedSettings) : new MemoryTrackingFeed(feedSettings)
    ;(container.logger as Logger | undefined)?.debug?.(`Live tracking fans out ${this.feed.kind === "redis" ? "through Redis pub/sub" : "in process"}.`)
  }
}

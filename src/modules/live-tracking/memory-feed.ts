import { replayFrom, type FeedSettings, type TrackingEvent, type TrackingEventType, type TrackingFeed, type TrackingListener } from "./feed"

type DeliveryFeed = { head: number; log: TrackingEvent[]; last_eta_ms: number | null; touched_at: number }

/** Feeds kept at most in one process; the quietest go first. */
const MAX_DELIVERIES = 20_000

/** The feed of a single instance: a bounded log per delivery in memory, listeners called in-process. */
export class MemoryTrackingFeed implements TrackingFeed {
  readonly kind = "memory" as const
  protected readonly feeds_ = new Map<string, DeliveryFeed>()
  protected readonly listeners_ = new Map<string, Set<TrackingListener>>()

  constructor(protected readonly settings_: FeedSettings) {}

  protected feed(delivery_id: string): DeliveryFeed {
    const now = Date.now()
    let feed = this.feeds_.get(delivery_id)
    if (feed && feed.touched_at + this.settings_.ttl_seconds * 1000 < now) {
      feed = undefined
    }
    if (!feed) {
      feed = { head: 0, log: [], last_eta_ms: null, touched_at: now }
      if (this.feeds_.size >= MAX_DELIVERIES) {
        // Maps iterate in insertion order and each touch re-inserts: the first key is the quietest.
        this.feeds_.delete(this.feeds_.keys().next().value!)
      }
    }
    feed.touched_at = now
    this.feeds_.delete(delivery_id)
    this.feeds_.set(delivery_id, feed)
    return feed
  }

  async publish(delivery_id: string, type: TrackingEventType, data: Record<string, unknown>): Promise<TrackingEvent> {
    const feed = this.feed(delivery_id)
    const event: TrackingEvent = { id: ++feed.head, type, data }
    feed.log.push(event)
    if (feed.log.length > this.settings_.replay_size) {
      feed.log.splice(0, feed.log.length - this.settings_.replay_size)
    }
    for (const listener of this.listeners_.get(delivery_id) ?? []) {
      listener(event)
    }
    return event
  }

  async publishEta(delivery_id: string, eta_ms: number, data: Record<string, unknown>, min_move_ms: number) {
    const feed = this.feed(delivery_id)
    if (feed.last_eta_ms !== null && Math.abs(feed.last_eta_ms - eta_ms) <= min_move_ms) {
      return null
    }
    feed.last_eta_ms = eta_ms
    return await this.publish(delivery_id, "eta", data)
  }

  async since(delivery_id: string, after_id: number) {
    const feed = this.feeds_.get(delivery_id)
    return replayFrom(feed?.log ?? [], feed?.head ?? 0, after_id)
  }

  async listen(delivery_id: string, listener: TrackingListener): Promise<() => void> {
    let listeners = this.listeners_.get(delivery_id)
    if (!listeners) {
      this.listeners_.set(delivery_id, (listeners = new Set()))
    }
    listeners.add(listener)
    return () => {
      listeners!.delete(listener)
      if (!listeners!.size) {
        this.listeners_.delete(delivery_id)
      }
    }
  }

  async close() {
    this.listeners_.clear()
  }
}

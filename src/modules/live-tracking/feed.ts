/** What watchers of a delivery receive: its status, the courier's position, and the ETA. */
export type TrackingEventType = "status" | "position" | "eta"

/** One event of a delivery's feed; `id` rises by one per event of that delivery, and is the SSE event id. */
export type TrackingEvent = { id: number; type: TrackingEventType; data: Record<string, unknown> }

export type TrackingListener = (event: TrackingEvent) => void

/** What a reconnecting watcher missed: `complete` is false when the feed no longer holds all of it. */
export type Replay = { events: TrackingEvent[]; complete: boolean; head: number }

export type FeedSettings = {
  /** Events kept per delivery for watchers that reconnect. */
  replay_size: number
  /** How long a quiet delivery's feed is kept, in seconds. */
  ttl_seconds: number
}

/**
 * One delivery's feed: publish numbers each event and keeps the last
 * `replay_size`; listeners on any instance that shares the feed get each event
 * once. In-process (MemoryTrackingFeed) or across instances (RedisTrackingFeed).
 */
export interface TrackingFeed {
  readonly kind: "memory" | "redis"
  publish(delivery_id: string, type: TrackingEventType, data: Record<string, unknown>): Promise<TrackingEvent>
  /**
   * Publishes the ETA only when it moved by more than `min_move_ms` since the
   * last ETA published for the delivery (compared and set in one step); null otherwise.
   */
  publishEta(delivery_id: string, eta_ms: number, data: Record<string, unknown>, min_move_ms: number): Promise<TrackingEvent | null>
  /** The events after `after_id`, and the last id given so far. */
  since(delivery_id: string, after_id: number): Promise<Replay>
  /**
   * Starts delivering the delivery's new events to `listener`; resolves, with
   * how to stop, once no event published from then on can be missed.
   */
  listen(delivery_id: string, listener: TrackingListener): Promise<() => void>
  close(): Promise<void>
}

/** Events after `after_id` out of a window that ends at `head`: complete when the window still starts early enough. */
export function replayFrom(log: TrackingEvent[], head: number, after_id: number): Replay {
  const events = log.filter((event) => event.id > after_id)
  const oldest = log.length ? log[0].id : head + 1
  const complete = after_id <= head && (after_id >= head || oldest <= after_id + 1)
  return { events, complete, head }
}

import Redis from "ioredis"
import { replayFrom, type FeedSettings, type TrackingEvent, type TrackingEventType, type TrackingFeed, type TrackingListener } from "./feed"

// Numbers the event, appends it to the bounded log and publishes it, in one
// atomic step, so every instance sees the same ids in the same order. With an
// ETA (ARGV[5]), first checks that it moved by more than ARGV[6] ms.
const PUBLISH = `
if ARGV[5] ~= '' then
  local last = redis.call('GET', KEYS[4])
  if last and math.abs(tonumber(last) - tonumber(ARGV[5])) <= tonumber(ARGV[6]) then return false end
  redis.call('SET', KEYS[4], ARGV[5], 'EX', ARGV[4])
end
local id = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[4])
local message = '{"id":' .. id .. ',"type":"' .. ARGV[1] .. '","data":' .. ARGV[2] .. '}'
redis.call('RPUSH', KEYS[2], message)
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[3]), -1)
redis.call('EXPIRE', KEYS[2], ARGV[4])
redis.call('PUBLISH', KEYS[3], message)
return message`

type ScriptedRedis = Redis & {
  trackingPublish(seq: string, log: string, channel: string, eta: string, ...args: (string | number)[]): Promise<string | null>
}

/**
 * The feed shared by every instance on one Redis: ids from INCR, the replay
 * log as a capped list, events over pub/sub. Each instance subscribes to a
 * delivery's channel while it has watchers of it, once however many.
 */
export class RedisTrackingFeed implements TrackingFeed {
  readonly kind = "redis" as const
  protected readonly commands_: ScriptedRedis
  protected subscriber_: Redis | null = null
  protected readonly listeners_ = new Map<string, Set<TrackingListener>>()

  constructor(
    protected readonly url_: string,
    protected readonly settings_: FeedSettings,
    protected readonly prefix_ = "daraa:tracking:"
  ) {
    // Connects on first use, so commands such as db:migrate open no connection.
    this.commands_ = new Redis(url_, { lazyConnect: true, maxRetriesPerRequest: 3 }) as ScriptedRedis
    this.commands_.defineCommand("trackingPublish", { numberOfKeys: 4, lua: PUBLISH })
  }

  // One hash tag per delivery keeps its keys on one Redis Cluster slot.
  protected keys(delivery_id: string) {
    const base = `${this.prefix_}{${delivery_id}}`
    return { seq: `${base}:seq`, log: `${base}:log`, channel: `${base}:events`, eta: `${base}:eta` }
  }

  protected async send(delivery_id: string, type: TrackingEventType, data: Record<string, unknown>, eta: string, min_move_ms: number) {
    const keys = this.keys(delivery_id)
    const message = await this.commands_.trackingPublish(
      keys.seq,
      keys.log,
      keys.channel,
      keys.eta,
      type,
      JSON.stringify(data),
      this.settings_.replay_size,
      this.settings_.ttl_seconds,
      eta,
      min_move_ms
    )
    return message ? (JSON.parse(message) as TrackingEvent) : null
  }

  async publish(delivery_id: string, type: TrackingEventType, data: Record<string, unknown>) {
    return (await this.send(delivery_id, type, data, "", 0))!
  }

  async publishEta(delivery_id: string, eta_ms: number, data: Record<string, unknown>, min_move_ms: number) {
    return await this.send(delivery_id, "eta", data, String(eta_ms), min_move_ms)
  }

  async since(delivery_id: string, after_id: number) {
    const keys = this.keys(delivery_id)
    const [[, log], [, head]] = (await this.commands_.multi().lrange(keys.log, 0, -1).get(keys.seq).exec()) as [unknown, any][]
    return replayFrom((log as string[]).map((line) => JSON.parse(line) as TrackingEvent), Number(head ?? 0), after_id)
  }

  protected subscriber(): Redis {
    if (!this.subscriber_) {
      this.subscriber_ = new Redis(this.url_, { maxRetriesPerRequest: null })
      this.subscriber_.on("message", (channel: string, message: string) => {
        const delivery_id = channel.slice(channel.indexOf("{") + 1, channel.lastIndexOf("}"))
        const listeners = this.listeners_.get(delivery_id)
        if (!listeners?.size) {
          return
        }
        const event = JSON.parse(message) as TrackingEvent
        for (const listener of listeners) {
          listener(event)
        }
      })
    }
    return this.subscriber_
  }

  async listen(delivery_id: string, listener: TrackingListener): Promise<() => void> {
    let listeners = this.listeners_.get(delivery_id)
    if (!listeners) {
      this.listeners_.set(delivery_id, (listeners = new Set()))
    }
    listeners.add(listener)
    // Resolves once Redis confirms; asking again for a channel already subscribed is harmless.
    await this.subscriber().subscribe(this.keys(delivery_id).channel)
    return () => {
      listeners!.delete(listener)
      if (!listeners!.size && this.listeners_.get(delivery_id) === listeners) {
        this.listeners_.delete(delivery_id)
        void this.subscriber_?.unsubscribe(this.keys(delivery_id).channel)
      }
    }
  }

  async close() {
    this.listeners_.clear()
    this.subscriber_?.disconnect()
    this.commands_.disconnect()
  }
}

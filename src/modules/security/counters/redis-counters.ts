import Redis from "ioredis"
import type { CounterState, RateLimitCounters } from "./index"

// Each script runs atomically in Redis: no two instances can interleave
// between the count and its expiry.
const HIT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { hits, ttl }`

const PEEK = `
local hits = redis.call('GET', KEYS[1])
if not hits then return { 0, 0 } end
return { tonumber(hits), redis.call('PTTL', KEYS[1]) }`

const TAKE_BACK = `
local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
if hits > 0 then return redis.call('DECR', KEYS[1]) end
return 0`

type ScriptedRedis = Redis & {
  rateLimitHit(key: string, windowMilliseconds: number): Promise<[number, number]>
  rateLimitPeek(key: string): Promise<[number, number]>
  rateLimitTakeBack(key: string): Promise<number>
}

/** Counters as Redis keys that expire with their window (INCR then PEXPIRE on the first hit). */
export class RedisRateLimitCounters implements RateLimitCounters {
  readonly store = "redis" as const
  protected readonly redis_: ScriptedRedis

  constructor(
    url: string,
    readonly prefix: string
  ) {
    // Connects on first use, so commands such as db:migrate open no connection.
    this.redis_ = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 }) as ScriptedRedis
    this.redis_.defineCommand("rateLimitHit", { numberOfKeys: 1, lua: HIT })
    this.redis_.defineCommand("rateLimitPeek", { numberOfKeys: 1, lua: PEEK })
    this.redis_.defineCommand("rateLimitTakeBack", { numberOfKeys: 1, lua: TAKE_BACK })
  }

  async hit(key: string, windowSeconds: number): Promise<CounterState> {
    const [hits, ttl] = await this.redis_.rateLimitHit(this.prefix + key, Math.round(windowSeconds * 1000))
    return { hits: Number(hits), seconds_left: Number(ttl) / 1000 }
  }

  async peek(key: string): Promise<CounterState> {
    const [hits, ttl] = await this.redis_.rateLimitPeek(this.prefix + key)
    return { hits: Number(hits), seconds_left: Math.max(0, Number(ttl)) / 1000 }
  }

  async takeBack(key: string): Promise<void> {
    await this.redis_.rateLimitTakeBack(this.prefix + key)
  }

  async clear(key: string): Promise<void> {
    await this.redis_.del(this.prefix + key)
  }

  async close(): Promise<void> {
    this.redis_.disconnect()
  }
}

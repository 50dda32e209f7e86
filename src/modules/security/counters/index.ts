import type { Context } from "@medusajs/framework/types"
import { PostgresRateLimitCounters } from "./postgres-counters"
import { RedisRateLimitCounters } from "./redis-counters"

/** A counter's state in its fixed window: hits so far and the seconds until the window ends. */
export type CounterState = { hits: number; seconds_left: number }

/**
 * Fixed-window counters for rate limits, shared by every server instance: in
 * Redis when REDIS_URL is set, in a PostgreSQL table of the owning module
 * otherwise. Each operation is atomic in its store.
 */
export interface RateLimitCounters {
  readonly store: "redis" | "postgres"
  /** Counts one hit; a key whose window has ended starts a new window with this hit. */
  hit(key: string, windowSeconds: number, context: Context): Promise<CounterState>
  /** The state without counting; `{ hits: 0 }` once the window has ended. */
  peek(key: string, windowSeconds: number, context: Context): Promise<CounterState>
  /** Takes one hit back, never below zero, leaving the window as it is. */
  takeBack(key: string, context: Context): Promise<void>
  clear(key: string, context: Context): Promise<void>
  close(): Promise<void>
}

export type RateLimitCountersOptions = {
  /** Redis holds the counters when set. */
  redis_url?: string
  /** Keeps one module's keys apart from another's in Redis: `daraa:<namespace>:<key>`. */
  namespace: string
  /** The module's counter table, used without Redis: columns key, window_started_at, hits. */
  table: string
  id_prefix: string
}

export function rateLimitCounters(options: RateLimitCountersOptions): RateLimitCounters {
  if (options.redis_url) {
    return new RedisRateLimitCounters(options.redis_url, `daraa:${options.namespace}:`)
  }
  return new PostgresRateLimitCounters(options.table, options.id_prefix)
}

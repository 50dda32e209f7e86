import type { Context } from "@medusajs/framework/types"
import { generateEntityId } from "@medusajs/framework/utils"
import type { CounterState, RateLimitCounters } from "./index"

/**
 * Counters as rows of a module's own table, each operation one SQL statement
 * on the database clock, so instances sharing the database share the windows.
 */
export class PostgresRateLimitCounters implements RateLimitCounters {
  readonly store = "postgres" as const

  // `table` comes from the module's code, never from a request.
  constructor(
    protected readonly table_: string,
    protected readonly idPrefix_: string
  ) {}

  async hit(key: string, windowSeconds: number, context: Context): Promise<CounterState> {
    const table = this.table_
    const rows = await this.execute_(
      context,
      `insert into ${table} (id, key, window_started_at, hits, created_at, updated_at)
       values (?, ?, now(), 1, now(), now())
       on conflict (key) where deleted_at is null do update set
         hits = case when ${table}.window_started_at <= now() - make_interval(secs => ?) then 1 else ${table}.hits + 1 end,
         window_started_at = case when ${table}.window_started_at <= now() - make_interval(secs => ?) then now() else ${table}.window_started_at end,
         updated_at = now()
       returning hits, extract(epoch from (window_started_at + make_interval(secs => ?) - now())) as seconds_left`,
      [generateEntityId(undefined, this.idPrefix_), key, windowSeconds, windowSeconds, windowSeconds]
    )
    return { hits: Number(rows[0].hits), seconds_left: Number(rows[0].seconds_left) }
  }

  async peek(key: string, windowSeconds: number, context: Context): Promise<CounterState> {
    const rows = await this.execute_(
      context,
      `select hits, extract(epoch from (window_started_at + make_interval(secs => ?) - now())) as seconds_left from ${this.table_}
       where key = ? and deleted_at is null and window_started_at + make_interval(secs => ?) > now()`,
      [windowSeconds, key, windowSeconds]
    )
    return rows.length ? { hits: Number(rows[0].hits), seconds_left: Number(rows[0].seconds_left) } : { hits: 0, seconds_left: 0 }
  }

  async takeBack(key: string, context: Context): Promise<void> {
    await this.execute_(context, `update ${this.table_} set hits = greatest(hits - 1, 0) where key = ?`, [key])
  }

  async clear(key: string, context: Context): Promise<void> {
    await this.execute_(context, `delete from ${this.table_} where key = ?`, [key])
  }

  async close(): Promise<void> {}

  protected async execute_(context: Context, sql: string, params: unknown[]): Promise<any[]> {
    const manager = (context.transactionManager ?? context.manager) as any
    return await manager.execute(sql, params)
  }
}

import Redis from "ioredis"
import type { CatalogScope } from "./scopes"

/** Each scope's current version: any change of it means "what readers saw before is gone". */
export interface ScopeVersions {
  readonly kind: "memory" | "redis"
  read(scopes: readonly CatalogScope[]): Promise<string[]>
  bump(scopes: readonly CatalogScope[]): Promise<void>
  close(): Promise<void>
}

/**
 * Every in-process version store of this process, so that the integration
 * tests can make every cached answer unreachable when they put the database
 * back to its snapshot between tests (integration-tests/setup.js): a change
 * no write announced.
 */
const IN_PROCESS = Symbol.for("daraa.catalog-cache.memory-versions")
type WithRegistry = typeof globalThis & { [IN_PROCESS]?: Set<MemoryScopeVersions> }

/** One process: versions are counters in memory, started at boot time so a restart never reuses one. */
export class MemoryScopeVersions implements ScopeVersions {
  readonly kind = "memory" as const
  private readonly epoch_ = Date.now().toString(36)
  private readonly counters_ = new Map<CatalogScope, number>()

  constructor() {
    ;((globalThis as WithRegistry)[IN_PROCESS] ??= new Set()).add(this)
  }

  async read(scopes: readonly CatalogScope[]): Promise<string[]> {
    return scopes.map((scope) => `${this.epoch_}.${this.counters_.get(scope) ?? 0}`)
  }

  async bump(scopes: readonly CatalogScope[]): Promise<void> {
    for (const scope of scopes) {
      this.counters_.set(scope, (this.counters_.get(scope) ?? 0) + 1)
    }
  }

  async close(): Promise<void> {
    ;(globalThis as WithRegistry)[IN_PROCESS]?.delete(this)
  }
}

/** Several instances: versions are Redis counters, read in one round trip and bumped atomically. */
export class RedisScopeVersions implements ScopeVersions {
  readonly kind = "redis" as const
  private readonly redis_: Redis

  constructor(url: string, private readonly prefix_ = "daraa:catalog-cache:version:") {
    this.redis_ = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 })
  }

  async read(scopes: readonly CatalogScope[]): Promise<string[]> {
    if (!scopes.length) {
      return []
    }
    const values = await this.redis_.mget(...scopes.map((scope) => this.prefix_ + scope))
    return values.map((value) => value ?? "0")
  }

  async bump(scopes: readonly CatalogScope[]): Promise<void> {
    if (!scopes.length) {
      return
    }
    const pipeline = this.redis_.multi()
    for (const scope of scopes) {
      pipeline.incr(this.prefix_ + scope)
    }
    await pipeline.exec()
  }

  async close(): Promise<void> {
    await this.redis_.quit().catch(() => this.redis_.disconnect())
  }
}

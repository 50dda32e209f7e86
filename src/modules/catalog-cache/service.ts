import type { Logger } from "@medusajs/framework/types"
import { CATALOG_SCOPES, type CatalogScope } from "./scopes"
import { MemoryScopeVersions, RedisScopeVersions, type ScopeVersions } from "./versions"

export type CatalogCacheOptions = {
  /** Off: catalog reads are never served from the cache (the benchmark's uncached figure). */
  enabled?: boolean
  /** With a Redis URL the scope versions are shared by every instance; in process otherwise. */
  redis_url?: string
  /** Seconds a cached response is kept at most (it is dropped sooner when its scope changes). */
  ttl_seconds?: number
  /** `max-age` and `stale-while-revalidate` of anonymous catalog reads, for CDNs and browsers. */
  max_age_seconds?: number
  stale_while_revalidate_seconds?: number
}

export type CatalogCacheSettings = Required<Omit<CatalogCacheOptions, "redis_url">>

export const CATALOG_CACHE_DEFAULTS: CatalogCacheSettings = {
  enabled: true,
  ttl_seconds: 300,
  max_age_seconds: 30,
  stale_while_revalidate_seconds: 60,
}

/**
 * The versions behind Daraa's cached catalog responses (the responses
 * themselves live in Medusa's Caching Module). A response's key carries the
 * version of every scope it reads; a write bumps the scopes it changes, so no
 * instance serves what was true before the write, and a read that raced the
 * write stores its answer under a version no reader asks for any more.
 */
export default class CatalogCacheModuleService {
  readonly settings: CatalogCacheSettings
  private readonly versions_: ScopeVersions
  protected readonly __hooks = { onApplicationShutdown: async () => await this.versions_.close() }

  constructor(container: Record<string, unknown>, options: CatalogCacheOptions = {}) {
    const given = Object.fromEntries(Object.entries(options ?? {}).filter(([key, v]) => v !== undefined && key !== "redis_url"))
    this.settings = { ...CATALOG_CACHE_DEFAULTS, ...given } as CatalogCacheSettings
    this.versions_ = options?.redis_url ? new RedisScopeVersions(options.redis_url) : new MemoryScopeVersions()
    ;(container.logger as Logger | undefined)?.debug?.(
      `Catalog cache ${this.settings.enabled ? "on" : "off"}; scope versions ${this.versions_.kind === "redis" ? "in Redis" : "in process"}.`
    )
  }

  /** One string naming the current version of each scope, in the order given. */
  async versionOf(scopes: readonly CatalogScope[]): Promise<string> {
    return (await this.versionsOf(scopes))[0]
  }

  /** The version strings of several sets of scopes, read together (one Redis round trip). */
  async versionsOf(...sets: (readonly CatalogScope[])[]): Promise<string[]> {
    const scopes = [...new Set(sets.flat())]
    const read = await this.versions_.read(scopes)
    const versions = new Map(scopes.map((scope, i) => [scope, `${scope}@${read[i]}`]))
    return sets.map((set) => set.map((scope) => versions.get(scope)).join(","))
  }

  /** Makes every cached response that read these scopes unreachable, on every instance. */
  async invalidate(scopes: readonly CatalogScope[] = CATALOG_SCOPES): Promise<void> {
    await this.versions_.bump([...new Set(scopes)])
  }
}

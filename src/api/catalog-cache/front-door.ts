import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule, ICachingModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ApiKeyType, ContainerRegistrationKeys, Modules, normalizeLocale, PUBLISHABLE_KEY_HEADER } from "@medusajs/framework/utils"
import { CATALOG_CACHE_MODULE } from "../../modules/catalog-cache"
import type CatalogCacheModuleService from "../../modules/catalog-cache/service"
import { readRuleOf, type CatalogScope } from "../../modules/catalog-cache/scopes"
import { placeEarly } from "../express-stack"
import { corsFor, type CorsHandler } from "../security/cors"
import { catalogKey, isCachedResponse, send } from "./cached-read"


/** What Medusa's publishable key check reads of a key; null when no publishable key has that token. */
export type KnownPublishableKey = { sales_channel_ids: string[]; revoked_at: number | null } | null

/** A publishable key is read again whenever these scopes change: API key and sales channel writes bump `products`. */
const KEY_SCOPES: readonly CatalogScope[] = ["products"]
/** Keys remembered at most; past that the list starts again (a flood of made-up keys cannot grow it). */
export const MAX_REMEMBERED_KEYS = 1_000

const LOCALE_HEADER = "x-medusa-locale"

/**
 * Anonymous catalog reads answered from the cache in front of Medusa's own
 * middlewares. A cached answer is the same bytes whoever asks, but on its way to
 * `cachedCatalogRead` a request goes through the request scope, sessions, body
 * parsing and Medusa's publishable key check, which queries the database every
 * time: most of the cost of a cache hit. Here, right after the IP blocklist, a
 * GET of a cached path with no Authorization header and no session cookie is
 * answered when its entry is in the cache, with the publishable key checked
 * against a copy of what Medusa's check reads, kept until an API key or sales
 * channel write bumps the `products` scope. Anything else (a miss, a signed-in
 * customer, an unknown or revoked key, an odd locale) goes on to Medusa, as before.
 */
export class CatalogFrontDoor {
  private readonly keys_ = new Map<string, { key: KnownPublishableKey; version: string }>()
  // STORE_CORS, as Medusa applies it to /store.
  private readonly cors_: CorsHandler
  private readonly sessionCookie_: string

  constructor(private readonly container_: MedusaContainer) {
    const { projectConfig } = container_.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
    this.cors_ = corsFor(projectConfig.http.storeCors)
    this.sessionCookie_ = `${projectConfig.sessionOptions?.name ?? "connect.sid"}=`
  }

  readonly handle = async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.method !== "GET" || req.headers.authorization || req.headers.cookie?.includes(this.sessionCookie_)) {
      return next()
    }
    const path = req.originalUrl.split("?")[0]
    // One cart's shipping options are keyed by the cart's state, read behind Medusa's middlewares.
    const rule = readRuleOf(path)
    const token = req.get(PUBLISHABLE_KEY_HEADER)
    const locale = localeOf(req)
    if (!rule || rule.per_cart || !token || locale === false) {
      return next()
    }
    const { scopes } = rule
    try {
      const catalog = this.container_.resolve<CatalogCacheModuleService>(CATALOG_CACHE_MODULE)
      if (!catalog.settings.enabled) {
        return next()
      }
      const [version, keysVersion] = await catalog.versionsOf(scopes, KEY_SCOPES)
      const known = await this.publishableKey(token, keysVersion)
      if (!known || (known.revoked_at !== null && known.revoked_at <= Date.now())) {
        return next()
      }
      const key = catalogKey({
        path,
        url: req.originalUrl,
        publishable_key: token,
        sales_channel_ids: known.sales_channel_ids,
        locale,
        groups: [],
        version,
      })
      const hit = await this.container_.resolve<ICachingModuleService>(Modules.CACHING).get({ key })
      if (!isCachedResponse(hit)) {
        return next()
      }
      this.cors_(req, res, () => send(res, catalog.settings, hit, false, "HIT"))
    } catch (error) {
      this.container_.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Catalog front door skipped: ${(error as Error).message}`)
      next()
    }
  }

  /**
   * The key as Medusa's check would read it, from the copy made under the
   * current version of KEY_SCOPES or else from the database. The version is
   * read before the database, so a write racing this read leaves a copy under a
   * version no request asks for any more.
   */
  private async publishableKey(token: string, version: string): Promise<KnownPublishableKey> {
    const remembered = this.keys_.get(token)
    if (remembered && remembered.version === version) {
      return remembered.key
    }
    const query = this.container_.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "api_key",
      fields: ["token", "revoked_at", "sales_channels_link.sales_channel_id"],
      filters: { token, type: ApiKeyType.PUBLISHABLE },
    })
    const found = data[0] as { revoked_at: Date | string | null; sales_channels_link?: { sales_channel_id: string }[] } | undefined
    const key: KnownPublishableKey = found
      ? {
          sales_channel_ids: (found.sales_channels_link ?? []).map((link) => link.sales_channel_id),
          revoked_at: found.revoked_at ? new Date(found.revoked_at).getTime() : null,
        }
      : null
    if (this.keys_.size >= MAX_REMEMBERED_KEYS) {
      this.keys_.clear()
    }
    this.keys_.set(token, { key, version })
    return key
  }
}

/** The locale as Medusa's locale middleware sets it (query first, then header); false when it is not one plain value. */
export function localeOf(req: Pick<MedusaRequest, "query" | "get">): string | undefined | false {
  const fromQuery = req.query.locale
  if (fromQuery !== undefined && fromQuery !== "") {
    return typeof fromQuery === "string" ? normalizeLocale(fromQuery) : false
  }
  const fromHeader = req.get(LOCALE_HEADER)
  return fromHeader ? normalizeLocale(fromHeader) : undefined
}

/** Puts the front door right after the IP blocklist (security/ip-blocklist.ts), ahead of Medusa's middlewares. */
export function installCatalogFrontDoor(app: any, container: MedusaContainer) {
  const door = new CatalogFrontDoor(container)
  placeEarly(
    app,
    function daraaCatalogFrontDoor(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
      void door.handle(req, res, next)
    },
    "daraaFirstDoor"
  )
}

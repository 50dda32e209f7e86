import crypto from "crypto"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICachingModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOG_CACHE_MODULE } from "../../modules/catalog-cache"
import type CatalogCacheModuleService from "../../modules/catalog-cache/service"
import { scopesReadByPath, type CatalogScope } from "../../modules/catalog-cache/scopes"

/** A store request, signed in or not: Medusa's publishable key, locale and (optional) customer. */
type MedusaRequest = MedusaStoreRequest & Partial<Pick<AuthenticatedMedusaRequest, "auth_context">> & { locale?: string }

/** What is kept of a response: its bytes and their tag. */
type CachedResponse = { body: string; etag: string }

/** Headers a cached catalog response differs by, for CDNs and browsers in front. */
const VARY = "Accept-Encoding, Authorization, Cookie, x-publishable-api-key, x-medusa-locale"

export const PERSONAL = "private, no-store"

function catalogCache(req: MedusaRequest): { catalog: CatalogCacheModuleService; caching: ICachingModuleService } | null {
  try {
    const catalog = req.scope.resolve<CatalogCacheModuleService>(CATALOG_CACHE_MODULE)
    if (!catalog.settings.enabled) {
      return null
    }
    return { catalog, caching: req.scope.resolve<ICachingModuleService>(Modules.CACHING) }
  } catch {
    return null
  }
}

/** The query string with its parameters in one order, so `?a=1&b=2` and `?b=2&a=1` share an entry. */
function normalisedQuery(url: string): string {
  const at = url.indexOf("?")
  if (at < 0) {
    return ""
  }
  const params = [...new URLSearchParams(url.slice(at + 1)).entries()]
  params.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
  return new URLSearchParams(params).toString()
}

/** A signed-in customer's groups: prices may differ by group, so entries do too. */
async function customerGroupIds(req: MedusaRequest, customerId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["groups.id"], filters: { id: customerId } })
  return ((data[0] as any)?.groups ?? []).map((group: { id: string }) => group.id).sort()
}

function keyOf(req: MedusaRequest, path: string, groups: string[], version: string): string {
  const channels = [...(req.publishable_key_context?.sales_channel_ids ?? [])].sort()
  const parts = [
    path,
    normalisedQuery(req.originalUrl),
    req.publishable_key_context?.key ?? "",
    channels.join(","),
    req.locale ?? "",
    groups.join(","),
    version,
  ]
  return "daraa:http:" + crypto.createHash("sha256").update(parts.join("\n")).digest("base64url")
}

function send(
  res: MedusaResponse,
  settings: CatalogCacheModuleService["settings"],
  entry: CachedResponse,
  personal: boolean,
  outcome: "HIT" | "MISS"
) {
  const { max_age_seconds, stale_while_revalidate_seconds } = settings
  res.setHeader(
    "Cache-Control",
    personal ? PERSONAL : `public, max-age=${max_age_seconds}, stale-while-revalidate=${stale_while_revalidate_seconds}`
  )
  res.setHeader("Vary", VARY)
  res.setHeader("ETag", entry.etag)
  res.setHeader("X-Cache", outcome)
  // Express answers 304 itself when If-None-Match names this ETag (req.fresh).
  res.type("application/json").send(entry.body)
}

function tagsOf(scopes: readonly CatalogScope[]): string[] {
  return scopes.map((scope) => `daraa:catalog:${scope}`)
}

/**
 * Store catalog reads (products, vendors, categories, collections, regions)
 * answered from Medusa's Caching Module: the serialised response, keyed by the
 * path, the normalised query, the publishable key and its sales channels, the
 * locale, the customer's groups and the version of every scope the response
 * reads. Anonymous answers may be kept by a CDN for a short while
 * (`Cache-Control: public`); a signed-in customer's are `private, no-store`.
 * Each answer carries an ETag, and a matching If-None-Match gets 304.
 * When the cache fails, the request is answered as if there were none.
 */
export async function cachedCatalogRead(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]
  const scopes = req.method === "GET" ? scopesReadByPath(path) : null
  const cache = scopes ? catalogCache(req) : null
  if (!scopes || !cache) {
    return next()
  }
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  const personal = Boolean(customerId)
  try {
    const groups = customerId ? await customerGroupIds(req, customerId) : []
    const key = keyOf(req, path, groups, await cache.catalog.versionOf(scopes))
    const hit = (await cache.caching.get({ key })) as CachedResponse | null
    if (hit?.body && hit.etag) {
      return send(res, cache.catalog.settings, hit, personal, "HIT")
    }
    const { ttl_seconds } = cache.catalog.settings
    const json = res.json.bind(res)
    res.json = ((body: unknown) => {
      if (res.statusCode !== 200) {
        return json(body)
      }
      const text = JSON.stringify(body)
      const entry: CachedResponse = { body: text, etag: `"${crypto.createHash("sha1").update(text).digest("base64url")}"` }
      cache.caching.set({ key, data: entry, tags: tagsOf(scopes), ttl: ttl_seconds }).catch((error: Error) => warn(req, error))
      send(res, cache.catalog.settings, entry, personal, "MISS")
      return res
    }) as MedusaResponse["json"]
  } catch (error) {
    warn(req, error as Error)
  }
  next()
}

function warn(req: MedusaRequest, error: Error) {
  req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Catalog cache skipped: ${error.message}`)
}

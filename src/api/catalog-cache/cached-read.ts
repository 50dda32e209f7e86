import crypto from "crypto"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ICachingModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOG_CACHE_MODULE } from "../../modules/catalog-cache"
import type CatalogCacheModuleService from "../../modules/catalog-cache/service"
import { readRuleOf, type CatalogScope } from "../../modules/catalog-cache/scopes"

/** A store request, signed in or not: Medusa's publishable key, locale and (optional) customer. */
type MedusaRequest = MedusaStoreRequest & Partial<Pick<AuthenticatedMedusaRequest, "auth_context">> & { locale?: string }

/** What is kept of a response: its bytes and their tag. */
export type CachedResponse = { body: string; etag: string }

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

/** Everything a cached catalog response depends on. */
export type CatalogKeyParts = {
  path: string
  url: string
  publishable_key: string
  sales_channel_ids: readonly string[]
  locale: string | undefined
  groups: readonly string[]
  version: string
  /** For one cart's read: what the cart holds and the minute (cartState). */
  cart?: string
}

/** The cache key of a catalog response; the front door (front-door.ts) and this middleware compute it alike. */
export function catalogKey(parts: CatalogKeyParts): string {
  const fields = [
    parts.path,
    normalisedQuery(parts.url),
    parts.publishable_key,
    [...parts.sales_channel_ids].sort().join(","),
    parts.locale ?? "",
    parts.groups.join(","),
    parts.version,
    parts.cart ?? "",
  ]
  return "daraa:http:" + crypto.createHash("sha256").update(fields.join("\n")).digest("base64url")
}

function keyOf(req: MedusaRequest, path: string, groups: string[], version: string, cart?: string): string {
  return catalogKey({
    path,
    url: req.originalUrl,
    publishable_key: req.publishable_key_context?.key ?? "",
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    locale: req.locale,
    groups,
    version,
    cart,
  })
}

/**
 * Everything of a cart that the shipping options offered to it are computed
 * from (Medusa's pricing context, the address with its position, the lines
 * and their prices, discounts and taxes, the chosen methods, the customer's
 * groups), read in one query, with the current minute: delivery zones have
 * active hours, kept to the minute. Null when there is no such cart.
 */
export const CART_FIELDS_FOR_SHIPPING = [
  "id",
  "region_id",
  "sales_channel_id",
  "currency_code",
  "locale",
  "email",
  "completed_at",
  "customer_id",
  "customer.groups.id",
  "shipping_address.*",
  "items.id",
  "items.variant_id",
  "items.quantity",
  "items.updated_at",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.adjustments.code",
  "items.adjustments.amount",
  "items.tax_lines.rate",
  "shipping_methods.shipping_option_id",
  "shipping_methods.amount",
]

export async function cartState(req: MedusaRequest, cartId: string, now = Date.now()): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS_FOR_SHIPPING, filters: { id: cartId } })
  if (!data[0]) {
    return null
  }
  const minute = Math.floor(now / 60_000)
  return crypto.createHash("sha256").update(JSON.stringify(data[0])).update(`@${minute}`).digest("base64url")
}

/** Whether a cached entry is whole (an entry of an older shape, or a failed write, is not). */
export function isCachedResponse(value: unknown): value is CachedResponse {
  return Boolean(value && typeof (value as CachedResponse).body === "string" && (value as CachedResponse).etag)
}

export function send(
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
 * and a cart's shipping options answered from Medusa's Caching Module: the
 * serialised response, keyed by the path, the normalised query, the
 * publishable key and its sales channels, the locale, the customer's groups,
 * the version of every scope the response reads and, for shipping options,
 * the cart's state (cartState). Anonymous catalog answers may be kept by a CDN
 * for a short while (`Cache-Control: public`); a signed-in customer's, and a
 * cart's, are `private, no-store`.
 * Each answer carries an ETag, and a matching If-None-Match gets 304.
 * When the cache fails, the request is answered as if there were none.
 */
export async function cachedCatalogRead(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]
  const rule = req.method === "GET" ? readRuleOf(path) : null
  const cartId = rule?.per_cart ? req.query.cart_id : undefined
  const cache = rule && (!rule.per_cart || (typeof cartId === "string" && cartId)) ? catalogCache(req) : null
  if (!rule || !cache) {
    return next()
  }
  const { scopes } = rule
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  const personal = Boolean(customerId) || rule.per_cart
  try {
    // One cart's read carries the cart's groups in its state; a catalog read, the signed-in customer's.
    const groups = customerId && !rule.per_cart ? await customerGroupIds(req, customerId) : []
    const version = await cache.catalog.versionOf(scopes)
    const cart = rule.per_cart ? await cartState(req, cartId as string) : undefined
    if (cart === null) {
      // No such cart: Medusa answers that.
      return next()
    }
    const key = keyOf(req, path, groups, version, cart)
    const hit = await cache.caching.get({ key })
    if (isCachedResponse(hit)) {
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

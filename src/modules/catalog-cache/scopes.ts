/**
 * What a cached catalog response depends on. A write bumps the scopes it
 * changes; a read's cache key carries the current version of each scope it
 * reads, so a bumped scope makes every older response unreachable at once.
 */
export const CATALOG_SCOPES = ["products", "vendors", "categories", "regions", "shipping"] as const
export type CatalogScope = (typeof CATALOG_SCOPES)[number]

export function isCatalogScope(value: string): value is CatalogScope {
  return (CATALOG_SCOPES as readonly string[]).includes(value)
}

type ScopeRule = readonly [RegExp, readonly CatalogScope[]]

/** Admin and vendor writes, by path, and the scopes each one changes. */
const WRITE_RULES: readonly ScopeRule[] = [
  [/^\/(admin|vendor)\/product-categories(\/|$)/, ["categories", "products"]],
  [
    /^\/(admin|vendor)\/(products|product-variants|inventory-items|stock-locations|reservations|price-lists|price-preferences|promotions|campaigns|collections|product-types|product-tags|sales-channels|api-keys|translations)(\/|$)/,
    ["products"],
  ],
  [/^\/admin\/(regions|currencies|stores|tax-rates|tax-regions|locales)(\/|$)/, ["regions", "products"]],
  [/^\/admin\/vendors(\/|$)/, ["vendors", "products"]],
  [/^\/vendor\/(vendors|me)(\/|$)/, ["vendors", "products"]],
  [/^\/admin\/(shipping-options|shipping-option-types|shipping-profiles|fulfillment-sets|fulfillment-providers|stock-locations|delivery-zones)(\/|$)/, ["shipping"]],
]

/**
 * Events, by the entity they name, and the scopes they change: the backstop
 * for writes made outside the HTTP routes (jobs, subscribers, checkouts).
 * Medusa's modules name events `<module>.<entity>.<action>` (e.g.
 * `inventory.reservation-item.created`), its workflows and Daraa
 * `<entity>.<action>` (e.g. `product.updated`, `vendor.suspended`).
 */
const EVENT_RULES: readonly ScopeRule[] = [
  [/^product-category$/, ["categories", "products"]],
  [
    /^(product|product-variant|product-option|product-option-value|product-collection|product-type|product-tag|product-image|inventory-item|inventory-level|reservation-item|price-list|price-list-rule|price-set|price|price-rule|price-preference|promotion|promotion-rule|application-method|campaign|sales-channel|api-key|stock-location|translation)$/,
    ["products"],
  ],
  [/^(region|region-country|store|store-currency|currency|tax-rate|tax-region)$/, ["regions", "products"]],
  [/^vendor$/, ["vendors", "products"]],
  [/^(shipping-option|shipping-option-rule|shipping-option-type|shipping-profile|service-zone|geo-zone|fulfillment-set|fulfillment-provider|stock-location|delivery-zone)$/, ["shipping"]],
]

function scopesBy(rules: readonly ScopeRule[], subject: string): CatalogScope[] {
  return [...new Set(rules.filter(([pattern]) => pattern.test(subject)).flatMap(([, scopes]) => scopes))]
}

/** The scopes an admin or vendor write to this path changes (none for orders, wallets, couriers…). */
export function scopesWrittenByPath(path: string): CatalogScope[] {
  return scopesBy(WRITE_RULES, path)
}

/** The scopes an event says have changed. */
export function scopesChangedByEvent(name: string): CatalogScope[] {
  const parts = name.split(".")
  return scopesBy(EVENT_RULES, parts.length > 1 ? parts[parts.length - 2] : name)
}

/** What a cached store read depends on: the scopes its response is built from, and whether it is one cart's. */
export type ReadRule = {
  scopes: CatalogScope[]
  /**
   * The response is one cart's (`?cart_id=`): keyed also by what the cart holds
   * and the minute it is asked in (delivery zones have active hours), and never
   * kept by a CDN or browser.
   */
  per_cart: boolean
}

/** Store reads, by path, and the scopes each response is built from. */
const READ_RULES: readonly (readonly [RegExp, readonly CatalogScope[], boolean?])[] = [
  [/^\/store\/products(\/[^/]+)?$/, ["products", "vendors", "categories", "regions"]],
  [/^\/store\/vendors(\/[^/]+)?$/, ["vendors", "products"]],
  [/^\/store\/product-categories(\/[^/]+)?$/, ["categories", "products"]],
  [/^\/store\/collections(\/[^/]+)?$/, ["products"]],
  [/^\/store\/regions(\/[^/]+)?$/, ["regions"]],
  [/^\/store\/shipping-options$/, ["shipping", "products", "vendors", "regions"], true],
]

/** How a store read at this path is cached, or null when it is not. */
export function readRuleOf(path: string): ReadRule | null {
  const rule = READ_RULES.find(([pattern]) => pattern.test(path))
  return rule ? { scopes: [...rule[1]], per_cart: Boolean(rule[2]) } : null
}

/** The scopes a store read at this path depends on, or null when its response is not cached. */
export function scopesReadByPath(path: string): CatalogScope[] | null {
  return readRuleOf(path)?.scopes ?? null
}

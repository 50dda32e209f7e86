/**
 * What a cached catalog response depends on. A write bumps the scopes it
 * changes; a read's cache key carries the current version of each scope it
 * reads, so a bumped scope makes every older response unreachable at once.
 */
export const CATALOG_SCOPES = ["products", "vendors", "categories", "regions"] as const
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

/** Store catalog reads, by path, and the scopes each response is built from. */
const READ_RULES: readonly ScopeRule[] = [
  [/^\/store\/products(\/[^/]+)?$/, ["products", "vendors", "categories", "regions"]],
  [/^\/store\/vendors(\/[^/]+)?$/, ["vendors", "products"]],
  [/^\/store\/product-categories(\/[^/]+)?$/, ["categories", "products"]],
  [/^\/store\/collections(\/[^/]+)?$/, ["products"]],
  [/^\/store\/regions(\/[^/]+)?$/, ["regions"]],
]

/** The scopes a store read at this path depends on, or null when its response is not cached. */
export function scopesReadByPath(path: string): CatalogScope[] | null {
  const rule = READ_RULES.find(([pattern]) => pattern.test(path))
  return rule ? [...rule[1]] : null
}

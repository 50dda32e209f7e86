import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_CACHE_MODULE } from "../modules/catalog-cache"
import type CatalogCacheModuleService from "../modules/catalog-cache/service"
import { scopesChangedByEvent } from "../modules/catalog-cache/scopes"

/**
 * Every event that changes what shoppers see (a product, variant, price,
 * stock level, category, promotion, region or vendor) invalidates the catalog
 * scopes it touched, whoever caused it: a checkout taking stock, a job, a
 * workflow. Admin and vendor routes also invalidate before they answer
 * (src/api/catalog-cache/invalidate-on-write.ts).
 */
export default async function catalogCacheInvalidation({ event, container }: SubscriberArgs<unknown>) {
  const scopes = scopesChangedByEvent(event.name)
  if (scopes.length) {
    await container.resolve<CatalogCacheModuleService>(CATALOG_CACHE_MODULE).invalidate(scopes)
  }
}

export const config: SubscriberConfig = { event: "*", context: { subscriberId: "catalog-cache-invalidation" } }

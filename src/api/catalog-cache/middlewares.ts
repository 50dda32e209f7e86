import type { MiddlewareRoute } from "@medusajs/framework/http"
import { cachedCatalogRead } from "./cached-read"
import { invalidateCatalogOnWrite } from "./invalidate-on-write"

/** Catalog reads from the cache, and the writes that invalidate them (docs/performance.md). */
export const catalogCacheMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store", middlewares: [cachedCatalogRead] },
  { matcher: "/admin", middlewares: [invalidateCatalogOnWrite] },
  { matcher: "/vendor", middlewares: [invalidateCatalogOnWrite] },
]

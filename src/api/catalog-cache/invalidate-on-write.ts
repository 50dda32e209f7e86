import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_CACHE_MODULE } from "../../modules/catalog-cache"
import type CatalogCacheModuleService from "../../modules/catalog-cache/service"
import { scopesWrittenByPath } from "../../modules/catalog-cache/scopes"

const READS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * An admin or vendor write that changes what shoppers see (a product, price,
 * stock, category, region, promotion or vendor) invalidates the scopes it
 * changed before its answer leaves: whoever reads after the answer, on any
 * instance, reads the change. (Events invalidate too, for writes that come
 * from elsewhere: src/subscribers/catalog-cache-invalidation.ts.)
 */
export function invalidateCatalogOnWrite(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const scopes = READS.has(req.method) ? [] : scopesWrittenByPath(req.originalUrl.split("?")[0])
  if (!scopes.length) {
    return next()
  }
  let catalog: CatalogCacheModuleService
  try {
    catalog = req.scope.resolve<CatalogCacheModuleService>(CATALOG_CACHE_MODULE)
  } catch {
    return next()
  }
  let done = false
  const invalidate = async () => {
    if (!done && res.statusCode < 400) {
      done = true
      await catalog.invalidate(scopes).catch((error: Error) =>
        req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Catalog cache not invalidated: ${error.message}`)
      )
    }
  }
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    void invalidate().then(() => json(body))
    return res
  }) as MedusaResponse["json"]
  // Answers sent another way (a redirect, an empty 204).
  res.on("finish", () => void invalidate())
  next()
}

import { Module } from "@medusajs/framework/utils"
import CatalogCacheModuleService from "./service"

export const CATALOG_CACHE_MODULE = "catalog_cache"

export default Module(CATALOG_CACHE_MODULE, { service: CatalogCacheModuleService })

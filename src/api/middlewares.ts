import { defineMiddlewares } from "@medusajs/framework/http"

/**
 * Every route's auth and validation. Each feature keeps its own list beside its
 * routes; this file only puts them together.
 */
export default defineMiddlewares({
  routes: [],
})

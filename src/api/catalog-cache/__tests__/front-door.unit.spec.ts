import express from "express"
import type { AddressInfo } from "net"
import http from "http"
import { CatalogFrontDoor, localeOf, MAX_REMEMBERED_KEYS } from "../front-door"
import { cachedCatalogRead } from "../cached-read"
import CatalogCacheModuleService from "../../../modules/catalog-cache/service"

const TOKEN = "pk_front_door"
const STOREFRONT = "http://localhost:8000"

type ApiKeyRow = { token: string; revoked_at: string | null; sales_channels_link: { sales_channel_id: string }[] }

/** The few things the front door resolves, as plain objects: the cache, the versions, Query and the config. */
function world() {
  const entries = new Map<string, unknown>()
  const keys = new Map<string, ApiKeyRow>([[TOKEN, { token: TOKEN, revoked_at: null, sales_channels_link: [{ sales_channel_id: "sc_b" }, { sales_channel_id: "sc_a" }] }]])
  const graph = jest.fn(async ({ filters }: { filters: { token: string } }) => ({ data: keys.has(filters.token) ? [keys.get(filters.token)] : [] }))
  const catalog = new CatalogCacheModuleService({}, {})
  const warn = jest.fn()
  const services: Record<string, unknown> = {
    catalog_cache: catalog,
    caching: {
      get: async ({ key }: { key: string }) => entries.get(key) ?? null,
      set: async ({ key, data }: { key: string; data: unknown }) => void entries.set(key, data),
    },
    query: { graph },
    logger: { warn },
    configModule: { projectConfig: { http: { storeCors: STOREFRONT } } },
  }
  const container: any = { resolve: (name: string) => services[name] }
  return { entries, keys, graph, catalog, warn, container }
}

/**
 * A real Express app: the front door first; behind it what Medusa would do
 * (here: its publishable key context and locale set by hand) and Daraa's
 * cached read, whose answers fill the cache the front door reads.
 */
async function serve(w: ReturnType<typeof world>) {
  const app = express()
  const door = new CatalogFrontDoor(w.container)
  const behind = jest.fn()
  app.use((req, res, next) => void door.handle(req as any, res as any, next))
  app.use((req: any, _res, next) => {
    behind(req.originalUrl)
    req.scope = w.container
    const row = w.keys.get(req.get("x-publishable-api-key"))
    if (!row || row.revoked_at) {
      return _res.status(400).json({ message: "A valid publishable key is required to proceed with the request" })
    }
    req.publishable_key_context = { key: row.token, sales_channel_ids: row.sales_channels_link.map((link) => link.sales_channel_id) }
    const locale = localeOf(req)
    req.locale = locale || undefined
    next()
  })
  app.use((req, res, next) => void cachedCatalogRead(req as any, res as any, next))
  app.get("/store/products", (req, res) => res.json({ products: [{ id: "prod_1", title: "Kaak", asked: req.originalUrl }] }))
  app.get("/store/carts/:id", (req, res) => res.json({ cart: { id: req.params.id } }))
  const server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // Node's http, not fetch: fetch adds "Cache-Control: no-cache" to a conditional request, which rules out a 304.
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Map<string, string>; body: string }>((resolve, reject) => {
      http
        .get(base + path, { headers: { "x-publishable-api-key": TOKEN, ...headers } }, (response) => {
          let body = ""
          response.on("data", (chunk) => (body += chunk))
          response.on("end", () =>
            resolve({ status: response.statusCode!, headers: new Map(Object.entries(response.headers).map(([k, v]) => [k, String(v)])), body })
          )
        })
        .on("error", reject)
    })
  return { get, behind, close: () => new Promise((resolve) => server.close(resolve)) }
}

describe("the catalog cache's front door", () => {
  let w: ReturnType<typeof world>
  let app: Awaited<ReturnType<typeof serve>>

  beforeEach(async () => {
    w = world()
    app = await serve(w)
  })
  afterEach(async () => {
    await app.close()
  })

  it("answers a cached anonymous read itself, with the same bytes, ETag, CDN headers and the storefront's CORS", async () => {
    const first = await app.get("/store/products?limit=20&order=title")
    expect([first.status, first.headers.get("x-cache")]).toEqual([200, "MISS"])
    expect(app.behind).toHaveBeenCalledTimes(1)

    const second = await app.get("/store/products?order=title&limit=20", { origin: STOREFRONT })
    expect([second.status, second.headers.get("x-cache"), second.body]).toEqual([200, "HIT", first.body])
    expect(app.behind).toHaveBeenCalledTimes(1)
    expect(second.headers.get("etag")).toEqual(first.headers.get("etag"))
    expect(second.headers.get("cache-control")).toEqual("public, max-age=30, stale-while-revalidate=60")
    expect(second.headers.get("access-control-allow-origin")).toEqual(STOREFRONT)
    expect(second.headers.get("vary")).toContain("x-publishable-api-key")

    const unchanged = await app.get("/store/products?limit=20&order=title", { "if-none-match": first.headers.get("etag")! })
    expect([unchanged.status, unchanged.body]).toEqual([304, ""])
    // The key was read from the database once, then remembered.
    expect(w.graph).toHaveBeenCalledTimes(1)
    expect(app.behind).toHaveBeenCalledTimes(1)
  })

  it("keys a locale as Medusa's locale middleware reads it, from the query first, then the header", async () => {
    await app.get("/store/products?limit=20", { "x-medusa-locale": "ar-sy" })
    expect((await app.get("/store/products?limit=20", { "x-medusa-locale": "AR-SY" })).headers.get("x-cache")).toEqual("HIT")
    expect((await app.get("/store/products?limit=20")).headers.get("x-cache")).toEqual("MISS")
    expect((await app.get("/store/products?limit=20&locale=en")).headers.get("x-cache")).toEqual("MISS")
    expect((await app.get("/store/products?locale=en&limit=20", { "x-medusa-locale": "ar" })).headers.get("x-cache")).toEqual("HIT")
    expect(localeOf({ query: { locale: ["en", "ar"] }, get: () => undefined } as any)).toBe(false)
  })

  it("leaves to Medusa what is not an anonymous cached read: a signed-in customer, a session, a miss, a write, other paths, no or an unknown key", async () => {
    await app.get("/store/products?limit=20")
    const before = app.behind.mock.calls.length
    const passes = [
      await app.get("/store/products?limit=20", { authorization: "Bearer customer-token" }),
      await app.get("/store/products?limit=20", { cookie: "theme=dark; connect.sid=s%3Asession" }),
      await app.get("/store/products?limit=21"),
      await app.get("/store/carts/cart_1"),
      await app.get("/store/products?limit=20", { "x-publishable-api-key": "pk_made_up" }),
      await app.get("/store/products?limit=20&locale=en&locale=ar"),
    ]
    expect(app.behind.mock.calls.length - before).toEqual(passes.length)
    expect(passes[4].status).toEqual(400)
    // Other cookies than the session do not make a read personal.
    expect((await app.get("/store/products?limit=20", { cookie: "theme=dark" })).headers.get("x-cache")).toEqual("HIT")
  })

  it("reads a key again once an API key or sales channel write bumps the products scope: a revoked key is refused at once", async () => {
    await app.get("/store/products?limit=20")
    expect((await app.get("/store/products?limit=20")).headers.get("x-cache")).toEqual("HIT")
    w.keys.get(TOKEN)!.revoked_at = new Date().toISOString()
    await w.catalog.invalidate(["products"])
    const refused = await app.get("/store/products?limit=20")
    expect(refused.status).toEqual(400)
    expect(w.graph).toHaveBeenCalledTimes(2)
  })

  it("refuses a key whose revocation time has come, without a write, and keeps a bounded list of keys", async () => {
    w.keys.get(TOKEN)!.revoked_at = null
    await app.get("/store/products?limit=20")
    expect((await app.get("/store/products?limit=20")).headers.get("x-cache")).toEqual("HIT")
    // A key revoked for later (Medusa's revoke_in) is answered until then, and not after, with no write in between.
    const door = new CatalogFrontDoor(w.container)
    w.keys.get(TOKEN)!.revoked_at = new Date(Date.now() + 300).toISOString()
    const next = jest.fn()
    const res: any = { setHeader: jest.fn(), type: () => res, send: jest.fn(), statusCode: 200, getHeader: () => undefined }
    const req: any = { method: "GET", headers: {}, originalUrl: "/store/products?limit=20", query: { limit: "20" }, get: (name: string) => (name === "x-publishable-api-key" ? TOKEN : undefined) }
    await door.handle(req, res, next)
    expect([next.mock.calls.length, res.send.mock.calls.length]).toEqual([0, 1])
    await new Promise((resolve) => setTimeout(resolve, 350))
    await door.handle(req, res, next)
    expect([next.mock.calls.length, res.send.mock.calls.length]).toEqual([1, 1])

    for (let i = 0; i <= MAX_REMEMBERED_KEYS; i++) {
      await door.handle({ ...req, get: () => `pk_flood_${i}` }, res, jest.fn())
    }
    expect((door as any).keys_.size).toBeLessThanOrEqual(MAX_REMEMBERED_KEYS)
  })

  it("never answers from a cache that fails: the request goes on, with a warning", async () => {
    w.container.resolve = ((original) => (name: string) => {
      if (name === "caching") {
        return { get: async () => Promise.reject(new Error("Redis is away")), set: async () => undefined }
      }
      return original(name)
    })(w.container.resolve)
    const answer = await app.get("/store/products?limit=20")
    expect(answer.status).toEqual(200)
    expect(w.warn).toHaveBeenCalledWith(expect.stringContaining("Redis is away"))
  })
})

import fs from "fs"
import jwt from "jsonwebtoken"
import path from "path"
import { scanRoutes, type RouteMethod, type ScannedRoute } from "../../../integration-tests/helpers/routes"
import middlewaresConfig from "../middlewares"
import { COURIER_ROUTES_WITHOUT_COURIER } from "../courier/middlewares"
import { VENDOR_ROUTES_WITHOUT_MEMBER } from "../vendor/middlewares"

/**
 * Sweeps over every route file under src/api, so that a new route is held to
 * the contract without anyone adding it to a list: lists take the four list
 * parameters, and every non-public route authenticates its actor.
 */

const API_DIR = path.resolve(__dirname, "..")
const JWT_SECRET = "route-contract"
type Middleware = (req: any, res: any, next: (error?: unknown) => void) => unknown
type Entry = { matcher: string | RegExp; method?: string | string[]; middlewares?: Middleware[] }
const entries = (middlewaresConfig.routes ?? []) as Entry[]

/** Medusa's matcher syntax (`:param`, `*`) as a regular expression, case-insensitive as Express is. */
function matches(matcher: string | RegExp, url: string) {
  if (matcher instanceof RegExp) {
    return matcher.test(url)
  }
  const pattern = matcher.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/:\w+/g, "[^/]+")
  return new RegExp(`^${pattern}/?$`, "i").test(url)
}

/** The middlewares Medusa runs before `method path`, in the order they are listed. */
function middlewaresFor(method: RouteMethod, routePath: string): Middleware[] {
  const url = routePath.replace(/:\w+/g, "p_1")
  return entries
    .filter((entry) => !entry.method || [entry.method].flat().includes(method))
    .filter((entry) => matches(entry.matcher, url))
    .flatMap((entry) => entry.middlewares ?? [])
}

function fakeRequest(extra: Record<string, unknown>) {
  const scope = {
    resolve: (key: string) =>
      key === "logger" ? { debug() {}, info() {}, warn() {}, error() {} } : { projectConfig: { http: { jwtSecret: JWT_SECRET } } },
  }
  return { method: "GET", query: {}, headers: {}, allowed: [], scope, baseUrl: "", path: "/", ...extra } as any
}

/** Runs one middleware; says whether it let the request through, and with what. */
async function run(middleware: Middleware, req: any): Promise<{ passed: boolean; status?: number; error?: any; req: any }> {
  let status: number | undefined
  const res = { status: (code: number) => ((status = code), res), json: () => res, setHeader: () => res }
  return new Promise((resolve) => {
    const next = (error?: unknown) => resolve({ passed: !error, error, req })
    Promise.resolve(middleware(req, res, next)).then(
      () => status !== undefined && resolve({ passed: false, status, req }),
      (error) => resolve({ passed: false, error, req })
    )
  })
}

// ---------------------------------------------------------------- lists

const LIST_ANSWER = /res\.json\(\{\s*(\w+)(?::[^,]+)?,\s*count\b[^}]*\boffset\b[^}]*\blimit\b/s

/** A GET route's handler source: the route file, or the shared handler it names (`handlers(...).listFeed`). */
function handlerSource(route: ScannedRoute): string {
  const file = path.join(API_DIR, route.file)
  const source = fs.readFileSync(file, "utf8")
  const shared = source.match(/export const GET = \w+\([^)]*\)\.(\w+)/)
  if (!shared) {
    return source
  }
  const imported = [...source.matchAll(/from "(\.[^"]+)"/g)].map((match) => path.resolve(path.dirname(file), `${match[1]}.ts`))
  for (const candidate of imported.filter((name) => fs.existsSync(name))) {
    const text = fs.readFileSync(candidate, "utf8")
    const start = text.indexOf(`async ${shared[1]}(`)
    if (start >= 0) {
      const end = text.indexOf("\n    async ", start + 1)
      return text.slice(start, end < 0 ? undefined : end)
    }
  }
  return source
}

const listRoutes = scanRoutes()
  .filter((route) => route.methods.includes("GET"))
  .filter((route) => LIST_ANSWER.test(handlerSource(route)))

function queryValidatorFor(route: ScannedRoute) {
  const validators = middlewaresFor("GET", route.path).filter((middleware) => middleware.name === "validateQuery")
  return validators[validators.length - 1]
}

describe("every list route", () => {
  it("is found by the scan, lists of every actor among them", () => {
    const paths = listRoutes.map((route) => route.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        "/admin/commission-lines",
        "/admin/order-groups",
        "/admin/vendor-orders",
        "/store/notifications",
        "/store/order-groups",
        "/store/vendors",
        "/vendor/members",
        "/vendor/orders",
        "/courier/notifications",
        "/vendor/products",
        "/vendor/product-categories",
      ])
    )
  })

  it.each(listRoutes.map((route) => [route.path, route] as const))("%s takes limit, offset, order and fields, checked", async (_path, route) => {
    const validator = queryValidatorFor(route)
    expect(validator).toBeDefined()

    const page = await run(validator, fakeRequest({ query: { limit: "1", offset: "0", fields: "id" } }))
    expect(page.error).toBeUndefined()
    expect(page.req.validatedQuery).toEqual(expect.objectContaining({ limit: 1, offset: 0 }))

    const unknownOrder = await run(validator, fakeRequest({ query: { order: "no_such_key" } }))
    expect(unknownOrder.error?.message).toMatch(/order must be one of .*no_such_key/)
    const firstKey = unknownOrder.error.message.match(/order must be one of ([\w.]+),/)[1]
    const ordered = await run(validator, fakeRequest({ query: { order: firstKey } }))
    expect(ordered.error).toBeUndefined()
    expect(ordered.req.validatedQuery.order).toEqual(firstKey)

    const unknownField = await run(validator, fakeRequest({ query: { fields: "id,no_such_field" } }))
    expect(unknownField.error?.message).toContain("'no_such_field'")
    expect((await run(validator, fakeRequest({ query: { limit: "101" } }))).error?.message).toContain("limit")
  })
})

// ---------------------------------------------------------------- authentication

/** Daraa's store routes that answer without a customer: the catalogue and Medusa's own cart completion. */
const PUBLIC_STORE_ROUTES = ["GET /store/vendors", "GET /store/vendors/:handle", "POST /store/carts/:id/complete"]

const token = (actor_type: string, actor_id: string) =>
  `Bearer ${jwt.sign({ actor_id, actor_type, auth_identity_id: "authid_1", app_metadata: {}, user_metadata: {} }, JWT_SECRET)}`

/** The authenticate middlewares on a route: Medusa's own, or the vendor or courier prefix's door. */
function authenticatorsFor(method: RouteMethod, routePath: string) {
  return middlewaresFor(method, routePath).filter((middleware) =>
    ["authenticateMiddleware", "authenticateVendor", "authenticateCourier", "authenticateCustomerOrStreamToken"].includes(middleware.name)
  )
}

async function admits(middleware: Middleware, method: RouteMethod, routePath: string, authorization?: string) {
  const url = routePath.replace(/:\w+/g, "p_1")
  const req = fakeRequest({ method, path: url, headers: authorization ? { authorization } : {} })
  return (await run(middleware, req)).passed
}

const actorRoutes = (prefix: string) =>
  scanRoutes(prefix).flatMap((route) => route.methods.map((method) => [`${method} ${route.path}`, method, route] as const))

describe("every route of an actor prefix", () => {
  it.each(actorRoutes("vendor"))("%s lets in vendor members only", async (name, method, route) => {
    const doors = authenticatorsFor(method, route.path)
    expect(doors.length).toBeGreaterThan(0)
    const withoutMember = VENDOR_ROUTES_WITHOUT_MEMBER.includes(name)
    for (const door of doors) {
      expect(await admits(door, method, route.path)).toBe(false)
      expect(await admits(door, method, route.path, token("customer", "cus_1"))).toBe(false)
      expect(await admits(door, method, route.path, token("user", "user_1"))).toBe(false)
      expect(await admits(door, method, route.path, token("vendor", withoutMember ? "" : "mem_1"))).toBe(true)
    }
    if (!withoutMember) {
      expect(await admits(doors[0], method, route.path, token("vendor", ""))).toBe(false)
    }
  })

  it("covers a /vendor route nobody wrote a matcher for", async () => {
    const doors = authenticatorsFor("GET", "/vendor/a-route-added-tomorrow")
    expect(doors).toHaveLength(1)
    expect(await admits(doors[0], "GET", "/vendor/a-route-added-tomorrow")).toBe(false)
  })

  it.each(actorRoutes("courier"))("%s lets in couriers only", async (name, method, route) => {
    const doors = authenticatorsFor(method, route.path)
    expect(doors.length).toBeGreaterThan(0)
    const withoutCourier = COURIER_ROUTES_WITHOUT_COURIER.includes(name)
    for (const door of doors) {
      expect(await admits(door, method, route.path)).toBe(false)
      expect(await admits(door, method, route.path, token("vendor", "mem_1"))).toBe(false)
      expect(await admits(door, method, route.path, token("customer", "cus_1"))).toBe(false)
      expect(await admits(door, method, route.path, token("courier", withoutCourier ? "" : "cou_1"))).toBe(true)
    }
    if (!withoutCourier) {
      expect(await admits(doors[0], method, route.path, token("courier", ""))).toBe(false)
    }
  })

  it("covers a /courier route nobody wrote a matcher for", async () => {
    const doors = authenticatorsFor("GET", "/courier/a-route-added-tomorrow")
    expect(doors).toHaveLength(1)
    expect(await admits(doors[0], "GET", "/courier/a-route-added-tomorrow")).toBe(false)
    expect(await admits(doors[0], "GET", "/courier/a-route-added-tomorrow", token("courier", "cou_1"))).toBe(true)
  })

  it.each(actorRoutes("store").filter(([name]) => !PUBLIC_STORE_ROUTES.includes(name)))(
    "%s lets in customers only",
    async (_name, method, route) => {
      const doors = authenticatorsFor(method, route.path)
      expect(doors.length).toBeGreaterThan(0)
      for (const door of doors) {
        expect(await admits(door, method, route.path)).toBe(false)
        expect(await admits(door, method, route.path, token("vendor", "mem_1"))).toBe(false)
        expect(await admits(door, method, route.path, token("customer", "cus_1"))).toBe(true)
      }
    }
  )

  it("keeps the list of public store routes to routes that exist", () => {
    const existing = actorRoutes("store").map(([name]) => name)
    expect(existing).toEqual(expect.arrayContaining(PUBLIC_STORE_ROUTES))
  })

  // Medusa authenticates every /admin route as an admin user, unless the route file opts out.
  it.each(scanRoutes("admin").map((route) => [route.path, route] as const))("%s keeps Medusa's admin authentication", (_path, route) => {
    const source = fs.readFileSync(path.join(API_DIR, route.file), "utf8")
    expect(source).not.toMatch(/export\s+const\s+AUTHENTICATE\b/)
  })
})

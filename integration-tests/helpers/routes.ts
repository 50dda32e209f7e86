import fs from "fs"
import path from "path"

const API_DIR = path.resolve(__dirname, "../../src/api")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
export type RouteMethod = (typeof METHODS)[number]

export type ScannedRoute = {
  /** `/vendor/products/:id`, as Medusa maps `src/api/vendor/products/[id]/route.ts`. */
  path: string
  methods: RouteMethod[]
  file: string
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : routeFiles(full)
    }
    return /^route\.(ts|js)$/.test(entry.name) ? [full] : []
  })
}

/**
 * Every route file under `src/api` (or one of its folders), with the methods it
 * exports: a new route is swept without anyone adding it to a list.
 */
export function scanRoutes(under = ""): ScannedRoute[] {
  return routeFiles(path.join(API_DIR, under))
    .map((file) => {
      const source = fs.readFileSync(file, "utf8")
      const methods = METHODS.filter((method) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source))
      const segments = path
        .relative(API_DIR, path.dirname(file))
        .split(path.sep)
        .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
      return { path: `/${segments.join("/")}`, methods, file: path.relative(API_DIR, file) }
    })
    .filter((route) => route.methods.length > 0)
    .sort((a, b) => a.path.localeCompare(b.path))
}

/** A concrete URL for a route, with each `:param` taken from `values` or a placeholder that matches nothing. */
export function fillRoute(routePath: string, values: Record<string, string> = {}): string {
  return routePath.replace(/:(\w+)/g, (_match, name) => values[`${routePath}:${name}`] ?? values[name] ?? `no_such_${name}`)
}

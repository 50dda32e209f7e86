import { configManager } from "@medusajs/framework/config"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import fs from "fs"
import path from "path"

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
}

/** The file a request names inside `dir`, or null: a page of the dashboard (index.html answers it) or a path leaving `dir`. */
export function builtFile(dir: string, requestPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return null
  }
  const file = path.resolve(dir, `.${path.posix.normalize(`/${decoded}`)}`)
  if (!file.startsWith(`${path.resolve(dir)}${path.sep}`) || path.basename(file) === "index.html") {
    return null
  }
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null
}

/**
 * The admin dashboard built by the launcher (`npm start`, bin/lib/admin-dashboard.js),
 * served from DARAA_ADMIN_BUILD_DIR at the admin path: the hashed assets cached
 * for good and sent gzipped from the `.gz` the build made beside each (the
 * dashboard's main script is 7 MB; compressing it on every request took
 * seconds), and index.html, never cached, for every page of the dashboard.
 *
 * Medusa's admin loader serves Vite's development server whenever NODE_ENV is
 * "development" and a build only from `<project>/public/admin` otherwise, so
 * the launcher switches Medusa's loader off for that run (medusa-config.ts)
 * and this takes its place. Without DARAA_ADMIN_BUILD_DIR (`npm run dev`,
 * production, the HTTP tests) there is nothing to add.
 */
export function prebuiltDashboardMiddlewares(buildDir = process.env.DARAA_ADMIN_BUILD_DIR): MiddlewareRoute[] {
  if (!buildDir) {
    return []
  }
  const dir = buildDir
  const index = path.join(dir, "index.html")
  // The build lives under .data, a dot folder that `send` would otherwise refuse.
  const sendOptions = { dotfiles: "allow" as const }
  function servePrebuiltDashboard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return next()
    }
    const file = builtFile(dir, req.path)
    if (!file) {
      res.setHeader("Cache-Control", "no-cache")
      return res.sendFile(index, { ...sendOptions, headers: { "Content-Type": CONTENT_TYPES[".html"] } }, (error) => error && next(error))
    }
    const headers: Record<string, string> = {
      "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
    }
    const gzipped = `${file}.gz`
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && fs.existsSync(gzipped)) {
      return res.sendFile(gzipped, { ...sendOptions, headers: { ...headers, "Content-Encoding": "gzip" } }, (error) => error && next(error))
    }
    return res.sendFile(file, { ...sendOptions, headers }, (error) => error && next(error))
  }
  return [{ matcher: configManager.config.admin.path, middlewares: [servePrebuiltDashboard] }]
}

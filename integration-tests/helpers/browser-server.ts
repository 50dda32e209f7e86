import { spawn, type ChildProcess } from "child_process"
import fs from "fs"
import path from "path"
import { chromium, type Browser, type Page } from "playwright-core"
import { freePort } from "./instances"
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { waitForHealth } = require("../../bin/lib/medusa")

/**
 * A server started as a newcomer starts it (`npm start`, the demo seed) on a
 * database of its own, and Chromium to drive Medusa's dashboard on it.
 */

export const ROOT = path.resolve(__dirname, "..", "..")
export const SCREENSHOTS = path.join(ROOT, ".data", "screenshots")
export const DEMO_ADMIN = { email: process.env.DEMO_ADMIN_EMAIL || "admin@daraa.local", password: process.env.DEMO_ADMIN_PASSWORD || "daraa-admin" }
const CHROMIUM = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file))

export type BrowserServer = {
  base: string
  browser: Browser
  /** A JSON call to the server; a non-2xx answer throws with its body. */
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<any>
  adminHeaders(): Promise<Record<string, string>>
  signIn(page: Page): Promise<void>
  stop(): Promise<void>
}

/**
 * `npm start` on a database of its own, waiting for /health. The browser
 * suite's global set-up starts one for all its spec files
 * (integration-tests/browser/global-setup.ts); a spec run on its own starts its own.
 */
export async function startServer(name: string): Promise<{ base: string; pid: number; output: () => string }> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const credentials = `${encodeURIComponent(process.env.DB_USERNAME || "postgres")}${process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    PORT: String(port),
    DATABASE_URL: `postgres://${credentials}@${process.env.DB_HOST || "127.0.0.1"}:${process.env.DB_PORT || "5432"}/daraa_browser_${name}_${process.pid}`,
    SEED_DEMO_DATA: "true",
    // No MEDUSA_BACKEND_URL: the dashboard calls its own origin, and its build
    // (.data/admin/dashboard, shared with `npm start`) stays the same whatever the port.
    ADMIN_CORS: base,
    AUTH_CORS: base,
  }
  delete env.TEST_TYPE
  delete env.REDIS_URL
  delete env.MEDUSA_BACKEND_URL
  let output = ""
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, "bin", "daraa.js"), "start"], { cwd: ROOT, env, detached: true })
  server.stdout?.on("data", (chunk) => (output += chunk))
  server.stderr?.on("data", (chunk) => (output += chunk))
  // Generous: on a busy 2-core machine migrations, the seed and the dashboard build take minutes.
  if (!(await waitForHealth(port, server, { timeoutMs: 15 * 60 * 1000, intervalMs: 1000 }))) {
    if (server.exitCode === null && server.pid) {
      await stopServer(server.pid)
    }
    throw new Error(`The server did not start:\n${output.slice(-4000)}`)
  }
  server.unref()
  return { base, pid: server.pid!, output: () => output }
}

/** Stops a server started by `startServer` (its whole process group). */
export async function stopServer(pid: number): Promise<void> {
  try {
    process.kill(-pid, "SIGTERM")
  } catch {
    return // already gone
  }
  await new Promise((resolve) => setTimeout(resolve, 3000))
}

export async function startBrowserServer(name: string): Promise<BrowserServer> {
  if (!CHROMIUM) {
    throw new Error("Chromium is needed for the browser tests: `apt-get install chromium` (.ci/run installs it).")
  }
  // The suite's shared server when there is one (global-setup.ts), else one of this spec's own.
  const shared = process.env.DARAA_BROWSER_BASE
  const own = shared ? null : await startServer(name)
  const base = shared || own!.base
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-dev-shm-usage"] })

  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) {
      throw new Error(`${method} ${url} → ${response.status}: ${JSON.stringify(data)}`)
    }
    return data as any
  }
  return {
    base,
    browser,
    call,
    async adminHeaders() {
      const { token } = await call("POST", "/auth/user/emailpass", DEMO_ADMIN)
      return { authorization: `Bearer ${token}` }
    },
    async signIn(page: Page) {
      await page.goto(`${base}/app/login`, { waitUntil: "domcontentloaded", timeout: 5 * 60 * 1000 })
      await page.locator('input[name="email"]').fill(DEMO_ADMIN.email, { timeout: 5 * 60 * 1000 })
      await page.locator('input[name="password"]').fill(DEMO_ADMIN.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 2 * 60 * 1000 })
    },
    async stop() {
      await browser.close()
      if (own) {
        await stopServer(own.pid)
      }
    },
  }
}

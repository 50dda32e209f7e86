import { spawn, type ChildProcess } from "child_process"
import fs from "fs"
import net from "net"
import path from "path"
import { chromium, type Browser, type Page } from "playwright-core"

/**
 * A server started as a newcomer starts it (`npm start`, the demo seed) on a
 * database of its own, and Chromium to drive Medusa's dashboard on it.
 */

export const ROOT = path.resolve(__dirname, "..", "..")
export const SCREENSHOTS = path.join(ROOT, ".data", "screenshots")
export const DEMO_ADMIN = { email: process.env.DEMO_ADMIN_EMAIL || "admin@daraa.local", password: process.env.DEMO_ADMIN_PASSWORD || "daraa-admin" }
const CHROMIUM = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file))

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })
}

export type BrowserServer = {
  base: string
  browser: Browser
  /** A JSON call to the server; a non-2xx answer throws with its body. */
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<any>
  adminHeaders(): Promise<Record<string, string>>
  signIn(page: Page): Promise<void>
  stop(): Promise<void>
}

export async function startBrowserServer(name: string): Promise<BrowserServer> {
  if (!CHROMIUM) {
    throw new Error("Chromium is needed for the browser tests: `apt-get install chromium` (.ci/run installs it).")
  }
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const credentials = `${encodeURIComponent(process.env.DB_USERNAME || "postgres")}${process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    PORT: String(port),
    DATABASE_URL: `postgres://${credentials}@${process.env.DB_HOST || "127.0.0.1"}:${process.env.DB_PORT || "5432"}/daraa_browser_${name}_${process.pid}`,
    SEED_DEMO_DATA: "true",
    MEDUSA_BACKEND_URL: base,
    ADMIN_CORS: base,
    AUTH_CORS: base,
  }
  delete env.TEST_TYPE
  delete env.REDIS_URL
  let output = ""
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, "bin", "daraa.js"), "start"], { cwd: ROOT, env, detached: true })
  server.stdout?.on("data", (chunk) => (output += chunk))
  server.stderr?.on("data", (chunk) => (output += chunk))
  const deadline = Date.now() + 8 * 60 * 1000
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) {
        break
      }
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || server.exitCode !== null) {
      throw new Error(`The server did not start:\n${output.slice(-4000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
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
      if (server.pid) {
        try {
          process.kill(-server.pid, "SIGTERM")
        } catch {
          // already gone
        }
        await new Promise((resolve) => setTimeout(resolve, 3000))
      }
    },
  }
}

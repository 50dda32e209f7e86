#!/usr/bin/env node
"use strict"

/**
 * `npm start` and `npm run dev`: everything a newcomer needs in one command.
 *
 *   1. check Node.js against package.json's engines, and the configuration
 *      (one sentence on a mistake, no stack trace);
 *   2. use DATABASE_URL, or start the embedded PostgreSQL in .data/postgres;
 *   3. create the database if missing, run migrations and link sync;
 *   4. seed the demo marketplace once, and again when a payment method
 *      configured since is offered by no region;
 *   5. for `npm start`, build the admin dashboard when src/admin or the
 *      lockfile changed (bin/lib/admin-dashboard.js); `npm run dev` keeps Vite;
 *   6. run `medusa start` (or `medusa develop`) and print where everything is.
 *
 * Each step says how long it took, and the last line before the banner the total.
 */

// First, and with nothing but Node itself, so that a Node too old for the rest still gets its sentence.
const { nodeVersionProblem } = require("./lib/node-version")
const nodeProblem = nodeVersionProblem(require("../package.json").engines.node)
if (nodeProblem) {
  process.stderr.write(`${nodeProblem}\n`)
  process.exit(1)
}

const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { ConfigurationError } = require("./lib/configuration-error")
const { ensureDatabase, describeTarget } = require("./lib/database")
const { MEDUSA_CLI, runMedusa, tail, isSeeded, paymentProvidersOffered, publishableKey, waitForHealth, withServerHeapLimit } = require("./lib/medusa")
const { startEmbeddedPostgres } = require("./lib/embedded-postgres")
const { createProgress, formatDuration } = require("./lib/progress")
const { medusaNoise, pipeWithoutNoise } = require("./lib/known-noise")
const { describeMode } = require("./lib/mode")
const { dashboardState, buildDashboard } = require("./lib/admin-dashboard")
const { performance } = require("perf_hooks")

const ROOT = path.resolve(__dirname, "..")
const DEMO_VENDORS = require("../src/scripts/demo/vendors.json")
const DEMO_COURIERS = require("../src/scripts/demo/couriers.json")
const DATA_DIR = path.join(ROOT, ".data")
const LOG_DIR = path.join(DATA_DIR, "logs")
const SETUP_LOG = path.join(LOG_DIR, "setup.log")
const BUILD_DIR = path.join(ROOT, ".medusa", "server")
const DASHBOARD_DIR = path.join(DATA_DIR, "admin", "dashboard")

const progress = createProgress({ write: (text) => process.stdout.write(text) })
const say = progress.say

function flag(name, fallback) {
  const value = process.env[name]
  if (value === undefined || value === "") {
    return fallback
  }
  if (value === "true" || value === "false") {
    return value === "true"
  }
  throw new ConfigurationError(`${name} must be "true" or "false", not "${value}".`)
}

function integer(name, fallback) {
  const value = process.env[name]
  if (value === undefined || value === "") {
    return fallback
  }
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > 65535) {
    throw new ConfigurationError(`${name} must be a port number between 1 and 65535, not "${value}".`)
  }
  return number
}

/** Loads medusa-config the way Medusa will, so its checks stop the boot before anything starts; answers the config. */
function checkMedusaConfig() {
  const source = path.join(ROOT, "medusa-config.ts")
  process.env.DARAA_CONFIG_CHECK = "true"
  let loaded
  if (fs.existsSync(source)) {
    require("ts-node").register({})
    loaded = require(source)
  } else {
    loaded = require(path.join(BUILD_DIR, "medusa-config.js"))
  }
  delete process.env.DARAA_CONFIG_CHECK
  return loaded.default ?? loaded
}

/**
 * `npm start` in development serves a dashboard built once (Medusa would
 * compile it with Vite on the first visit, ~30 s). Answers the environment
 * the server needs to serve it, or nothing when Medusa's own loader stays in
 * charge: `npm run dev` (hot reload), production (`npm run build`'s
 * dashboard), or no dashboard at all. A build that fails leaves Vite's
 * development server serving /app, as before.
 */
async function prebuiltDashboard({ command, production, admin, env }) {
  if (command !== "start" || production || admin.disable) {
    return {}
  }
  const { fingerprint, reason } = dashboardState({ root: ROOT, dir: DASHBOARD_DIR, admin, env })
  const where = path.relative(ROOT, DASHBOARD_DIR)
  if (!reason) {
    say(`admin dashboard: the build in ${where} is current`)
  } else {
    try {
      await progress.step(`building the admin dashboard into ${where} (${reason}; log: ${path.relative(ROOT, SETUP_LOG)})`, () =>
        buildDashboard({ root: ROOT, dir: DASHBOARD_DIR, env, logTo: SETUP_LOG, fingerprint })
      )
    } catch (error) {
      say(`${error.message}; /app is served by Vite's development server instead (a slow first load)`)
      return {}
    }
  }
  return { DARAA_ADMIN_BUILD_DIR: DASHBOARD_DIR }
}

function banner({ port, key, database, adminDisabled, demoAdmin }) {
  const url = `http://localhost:${port}`
  const rows = [
    ["Daraa", `${url}  (health: ${url}/health)`],
    ["Admin", adminDisabled ? "dashboard disabled (ADMIN_DISABLED=true)" : `${url}/app`],
    [
      "Admin login",
      demoAdmin
        ? `${process.env.DEMO_ADMIN_EMAIL || "admin@daraa.local"} / ${process.env.DEMO_ADMIN_PASSWORD || "daraa-admin"}`
        : "create one with `npx medusa user -e you@example.com -p <password>`",
    ],
    ...(demoAdmin
      ? [
          [
            "Vendor logins",
            `${DEMO_VENDORS.map((v) => `${v.handle}@daraa.local`).join(", ")} / ${process.env.DEMO_VENDOR_PASSWORD || "daraa-vendor"}`,
          ],
          [
            "Courier logins",
            `${DEMO_COURIERS.map((c) => `${c.login}@daraa.local`).join(", ")} / ${process.env.DEMO_COURIER_PASSWORD || "daraa-courier"}`,
          ],
        ]
      : []),
    ["Publishable key", key ?? "none yet (seed with `npm run seed`)"],
    ["Data", database],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  const line = "─".repeat(72)
  process.stdout.write(
    `\n${line}\n${rows.map(([label, value]) => ` ${label.padEnd(width)}  ${value}`).join("\n")}\n${line}\n\n`
  )
}

/** The end of the database step's line: "ready in 4.1 s", and whether the database behind `url()` is new. */
const databaseReady =
  (url) =>
  ({ created }, duration) =>
    `ready in ${duration}${created ? ` (created the database ${decodeURIComponent(new URL(url()).pathname.slice(1))})` : ""}`

/**
 * DATABASE_URL, or the embedded PostgreSQL started for this run, with its
 * database created when missing. `onEmbeddedStarted` gets the cluster as soon
 * as it runs, so that a failure or Ctrl-C after that point stops it.
 */
async function openDatabase(onEmbeddedStarted) {
  const configured = process.env.DATABASE_URL
  if (configured) {
    const label = `DATABASE_URL (${describeTarget(configured) ?? "unparsable"})`
    await progress.step(
      `connecting to ${label}`,
      () => ensureDatabase(configured, "DATABASE_URL"),
      databaseReady(() => configured)
    )
    return { databaseUrl: configured, databaseLabel: label }
  }

  const dataDir = path.resolve(ROOT, process.env.EMBEDDED_POSTGRES_DIR || path.join(DATA_DIR, "postgres"))
  const port = integer("EMBEDDED_POSTGRES_PORT", 54329)
  const where = path.relative(ROOT, dataDir) || dataDir
  let databaseUrl
  await progress.step(
    `starting the embedded PostgreSQL in ${where} on port ${port}`,
    async () => {
      const embedded = await startEmbeddedPostgres({ dataDir, port, logFile: path.join(LOG_DIR, "postgres.log") })
      onEmbeddedStarted(embedded)
      databaseUrl = embedded.urlFor(process.env.EMBEDDED_POSTGRES_DATABASE || "daraa")
      return ensureDatabase(databaseUrl, "EMBEDDED_POSTGRES_DATABASE")
    },
    databaseReady(() => databaseUrl)
  )
  return { databaseUrl, databaseLabel: `${where} (embedded PostgreSQL on localhost:${port})` }
}

async function main() {
  const command = process.argv[2] || "start"
  if (!["start", "develop", "seed"].includes(command)) {
    throw new ConfigurationError(`Unknown command "${command}"; use start, develop or seed.`)
  }

  require("dotenv").config({ path: path.join(ROOT, ".env"), quiet: true })
  process.env.NODE_ENV = process.env.NODE_ENV || "development"
  const production = process.env.NODE_ENV === "production"

  const config = checkMedusaConfig()
  // Production serves the compiled build; development runs the TypeScript sources.
  const directory = production && command !== "develop" ? BUILD_DIR : ROOT
  if (directory === BUILD_DIR && !fs.existsSync(path.join(BUILD_DIR, "medusa-config.js"))) {
    throw new ConfigurationError(
      "NODE_ENV is production, which serves the compiled build in .medusa/server; run `npm run build` first."
    )
  }

  const port = integer("PORT", 9000)
  // The server's heap limit, checked before anything starts (`develop` runs the dashboard's bundler in the server: no limit there).
  const serverEnv = command === "start" ? withServerHeapLimit(process.env) : process.env
  const migrate = flag("MIGRATE_ON_START", true)
  const seed = command === "seed" || flag("SEED_DEMO_DATA", !production)
  fs.mkdirSync(LOG_DIR, { recursive: true })

  let embedded = null
  let child = null
  const stopChild = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        return resolve()
      }
      // The whole process group: `medusa develop` runs the server as a child of its own.
      const signal = (name) => {
        try {
          process.kill(-child.pid, name)
        } catch {
          child.kill(name)
        }
      }
      const killer = setTimeout(() => signal("SIGKILL"), 20000)
      child.once("exit", () => {
        clearTimeout(killer)
        resolve()
      })
      signal("SIGTERM")
    })
  let shuttingDown = null
  const shutdown = (code) => {
    if (!shuttingDown) {
      progress.interrupt()
      shuttingDown = (async () => {
        await stopChild()
        if (embedded) {
          await embedded.stop()
        }
        process.exit(code)
      })()
    }
    return shuttingDown
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))

  try {
    const { databaseUrl, databaseLabel } = await openDatabase((started) => {
      embedded = started
      embedded.onBeforeStop(stopChild)
    })
    const env = { ...process.env, DATABASE_URL: databaseUrl }

    if (migrate || command === "seed") {
      await progress.step(`applying migrations and syncing links (log: ${path.relative(ROOT, SETUP_LOG)})`, () =>
        runMedusa(["db:migrate", "--execute-safe-links"], { cwd: directory, env, logTo: SETUP_LOG })
      )
    }
    // The demo region offers Stripe cards once they are configured (medusa-config.ts).
    const demoPaymentProviders = process.env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : []
    if (
      seed &&
      (command === "seed" || !(await isSeeded(databaseUrl)) || !(await paymentProvidersOffered(databaseUrl, demoPaymentProviders)))
    ) {
      const script = directory === ROOT ? "./src/scripts/seed.ts" : "./src/scripts/seed.js"
      await progress.step("seeding the demo marketplace", () =>
        runMedusa(["exec", script], { cwd: directory, env, logTo: SETUP_LOG })
      )
    }
    if (command === "seed") {
      say(`seed finished in ${progress.elapsed()}`)
      return shutdown(0)
    }

    say(
      describeMode({
        database: embedded ? "the embedded PostgreSQL" : `PostgreSQL at ${describeTarget(databaseUrl)}`,
        redisUrl: process.env.REDIS_URL,
        workerMode: process.env.MEDUSA_WORKER_MODE || "shared",
      })
    )
    Object.assign(env, await prebuiltDashboard({ command, production, admin: config.admin, env }))
    if (shuttingDown) {
      // Ctrl-C during the build: no server to start.
      return shuttingDown
    }
    say(command === "develop" ? "starting the server with the watcher" : "starting the server")
    const serverStarted = performance.now()
    const args = command === "develop" ? ["develop", "--port", String(port)] : ["start", "--port", String(port)]
    child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
      cwd: directory,
      env: serverEnv.NODE_OPTIONS ? { ...env, NODE_OPTIONS: serverEnv.NODE_OPTIONS } : env,
      // Output through the launcher, which drops the lines listed in lib/known-noise.js.
      stdio: ["inherit", "pipe", "pipe"],
      // Own process group: a terminal's Ctrl-C reaches the launcher, which
      // stops the app before the database.
      detached: true,
    })
    const rules = medusaNoise({ production })
    pipeWithoutNoise(child.stdout, (text) => process.stdout.write(text), rules)
    pipeWithoutNoise(child.stderr, (text) => process.stderr.write(text), rules)
    // "close": the server's last words have then been passed on.
    child.on("close", (code, signal) => {
      if (!shuttingDown) {
        shutdown(code ?? (signal ? 1 : 0))
      }
    })

    if (await waitForHealth(port, child)) {
      say(`server answered on port ${port} after ${formatDuration(performance.now() - serverStarted)}`)
      say(`ready in ${progress.elapsed()}`)
      banner({
        port,
        key: await publishableKey(databaseUrl),
        database: databaseLabel,
        adminDisabled: process.env.ADMIN_DISABLED === "true",
        demoAdmin: seed,
      })
    }
  } catch (error) {
    if (shuttingDown) {
      // Ctrl-C also stops a set-up step's Medusa command: that is no failure to report.
      return shuttingDown
    }
    await stopChild()
    if (embedded) {
      await embedded.stop()
    }
    if (error instanceof ConfigurationError) {
      throw error
    }
    const recent = tail(SETUP_LOG, 40)
    process.stderr.write(`${error.message}\n${recent ? `Last lines of ${SETUP_LOG}:\n${recent}\n` : ""}`)
    process.exit(1)
  }
}

main().catch(async (error) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`Configuration error: ${error.message}\n`)
  } else {
    process.stderr.write(`${error.stack || error}\n`)
  }
  process.exit(1)
})

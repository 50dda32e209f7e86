#!/usr/bin/env node
"use strict"

/**
 * `npm start` and `npm run dev`: everything a newcomer needs in one command.
 *
 *   1. check Node.js against package.json's engines, and the configuration
 *      (one sentence on a mistake, no stack trace);
 *   2. use DATABASE_URL, or start the embedded PostgreSQL in .data/postgres;
 *   3. create the database if missing, run migrations and link sync;
 *   4. seed the demo marketplace once;
 *   5. run `medusa start` (or `medusa develop`) and print where everything is.
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
const { MEDUSA_CLI, runMedusa, tail, isSeeded, publishableKey, waitForHealth } = require("./lib/medusa")
const { startEmbeddedPostgres } = require("./lib/embedded-postgres")

const ROOT = path.resolve(__dirname, "..")
const DEMO_VENDORS = require("../src/scripts/demo/vendors.json")
const DATA_DIR = path.join(ROOT, ".data")
const LOG_DIR = path.join(DATA_DIR, "logs")
const SETUP_LOG = path.join(LOG_DIR, "setup.log")
const BUILD_DIR = path.join(ROOT, ".medusa", "server")

const say = (line) => process.stdout.write(`daraa │ ${line}\n`)

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

/** Loads medusa-config the way Medusa will, so its checks stop the boot before anything starts. */
function checkMedusaConfig() {
  const source = path.join(ROOT, "medusa-config.ts")
  process.env.DARAA_CONFIG_CHECK = "true"
  if (fs.existsSync(source)) {
    require("ts-node").register({})
    require(source)
  } else {
    require(path.join(BUILD_DIR, "medusa-config.js"))
  }
  delete process.env.DARAA_CONFIG_CHECK
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

async function main() {
  const command = process.argv[2] || "start"
  if (!["start", "develop", "seed"].includes(command)) {
    throw new ConfigurationError(`Unknown command "${command}"; use start, develop or seed.`)
  }

  require("dotenv").config({ path: path.join(ROOT, ".env"), quiet: true })
  process.env.NODE_ENV = process.env.NODE_ENV || "development"
  const production = process.env.NODE_ENV === "production"

  checkMedusaConfig()
  // Production serves the compiled build; development runs the TypeScript sources.
  const directory = production && command !== "develop" ? BUILD_DIR : ROOT
  if (directory === BUILD_DIR && !fs.existsSync(path.join(BUILD_DIR, "medusa-config.js"))) {
    throw new ConfigurationError(
      "NODE_ENV is production, which serves the compiled build in .medusa/server; run `npm run build` first."
    )
  }

  const port = integer("PORT", 9000)
  const migrate = flag("MIGRATE_ON_START", true)
  const seed = command === "seed" || flag("SEED_DEMO_DATA", !production)
  fs.mkdirSync(LOG_DIR, { recursive: true })

  let embedded = null
  let databaseUrl = process.env.DATABASE_URL
  let databaseLabel
  if (databaseUrl) {
    databaseLabel = `DATABASE_URL (${describeTarget(databaseUrl) ?? "unparsable"})`
  } else {
    const dataDir = path.resolve(ROOT, process.env.EMBEDDED_POSTGRES_DIR || path.join(DATA_DIR, "postgres"))
    const embeddedPort = integer("EMBEDDED_POSTGRES_PORT", 54329)
    say(`starting the embedded PostgreSQL in ${path.relative(ROOT, dataDir) || dataDir} on port ${embeddedPort}`)
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: embeddedPort,
      logFile: path.join(LOG_DIR, "postgres.log"),
    })
    databaseUrl = embedded.urlFor(process.env.EMBEDDED_POSTGRES_DATABASE || "daraa")
    databaseLabel = `${path.relative(ROOT, dataDir) || dataDir} (embedded PostgreSQL on localhost:${embeddedPort})`
  }

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
  if (embedded) {
    embedded.onBeforeStop(stopChild)
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))

  try {
    const { created } = await ensureDatabase(databaseUrl, embedded ? "EMBEDDED_POSTGRES_DATABASE" : "DATABASE_URL")
    if (created) {
      say(`created the database ${new URL(databaseUrl).pathname.slice(1)}`)
    }
    const env = { ...process.env, DATABASE_URL: databaseUrl }

    if (migrate || command === "seed") {
      say(`applying migrations and syncing links (log: ${path.relative(ROOT, SETUP_LOG)})`)
      await runMedusa(["db:migrate", "--execute-safe-links"], { cwd: directory, env, logTo: SETUP_LOG })
    }
    if (seed && (command === "seed" || !(await isSeeded(databaseUrl)))) {
      say("seeding the demo marketplace")
      const script = directory === ROOT ? "./src/scripts/seed.ts" : "./src/scripts/seed.js"
      await runMedusa(["exec", script], { cwd: directory, env, logTo: SETUP_LOG })
    }
    if (command === "seed") {
      say("seed finished")
      return shutdown(0)
    }

    say(command === "develop" ? "starting the server with the watcher" : "starting the server")
    const args = command === "develop" ? ["develop", "--port", String(port)] : ["start", "--port", String(port)]
    child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
      cwd: directory,
      env,
      stdio: "inherit",
      // Own process group: a terminal's Ctrl-C reaches the launcher, which
      // stops the app before the database.
      detached: true,
    })
    child.on("exit", (code, signal) => {
      if (!shuttingDown) {
        shutdown(code ?? (signal ? 1 : 0))
      }
    })

    if (await waitForHealth(port, child)) {
      banner({
        port,
        key: await publishableKey(databaseUrl),
        database: databaseLabel,
        adminDisabled: process.env.ADMIN_DISABLED === "true",
        demoAdmin: seed,
      })
    }
  } catch (error) {
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

#!/usr/bin/env node
"use strict"

/**
 * `npm start` and `npm run dev`: everything a newcomer needs in one command.
 *
 *   1. check the configuration (one sentence on a mistake, no stack trace);
 *   2. use DATABASE_URL, or start the embedded PostgreSQL in .data/postgres;
 *   3. create the database if missing, run migrations and link sync;
 *   4. seed the demo marketplace once;
 *   5. run `medusa start` (or `medusa develop`) and print where everything is.
 */

const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { ConfigurationError } = require("./lib/configuration-error")
const { ensureDatabase, query, describeTarget } = require("./lib/database")
const { startEmbeddedPostgres } = require("./lib/embedded-postgres")

const ROOT = path.resolve(__dirname, "..")
const DATA_DIR = path.join(ROOT, ".data")
const LOG_DIR = path.join(DATA_DIR, "logs")
const SETUP_LOG = path.join(LOG_DIR, "setup.log")
const BUILD_DIR = path.join(ROOT, ".medusa", "server")
const MEDUSA_CLI = path.join(path.dirname(require.resolve("@medusajs/cli/package.json")), "cli.js")
// Bumped whenever the seed learns something new, so existing installs get it once.
const SEED_VERSION = require("../src/scripts/demo/seed-version.json").version

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
function checkMedusaConfig(directory) {
  if (directory === ROOT) {
    require("ts-node").register({})
    require(path.join(ROOT, "medusa-config.ts"))
  } else {
    require(path.join(directory, "medusa-config.js"))
  }
}

function runMedusa(args, { cwd, env, logTo }) {
  return new Promise((resolve, reject) => {
    const output = fs.openSync(logTo, "a")
    fs.writeSync(output, `\n$ medusa ${args.join(" ")}  (${new Date().toISOString()})\n`)
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
      cwd,
      env,
      stdio: ["ignore", output, output],
    })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      fs.closeSync(output)
      if (code === 0) {
        resolve()
      } else {
        reject(new Error(`medusa ${args[0]} failed (${signal || `exit code ${code}`})`))
      }
    })
  })
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

async function isSeeded(databaseUrl) {
  try {
    const rows = await query(databaseUrl, "select metadata from store where deleted_at is null limit 1")
    return rows[0]?.metadata?.daraa_demo_seed === SEED_VERSION
  } catch {
    return false
  }
}

async function publishableKey(databaseUrl) {
  try {
    const rows = await query(
      databaseUrl,
      `select token from api_key
        where type = 'publishable' and revoked_at is null and deleted_at is null
        order by (title = 'Daraa Storefront') desc, created_at asc limit 1`
    )
    return rows[0]?.token ?? null
  } catch {
    return null
  }
}

async function waitForHealth(port, child) {
  let exited = false
  child.once("exit", () => (exited = true))
  while (!exited) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`)
      if (response.ok) {
        return true
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

function banner({ port, key, database, adminDisabled }) {
  const url = `http://localhost:${port}`
  const rows = [
    ["Daraa", `${url}  (health: ${url}/health)`],
    ["Admin", adminDisabled ? "dashboard disabled (ADMIN_DISABLED=true)" : `${url}/app`],
    ["Admin login", `${process.env.DEMO_ADMIN_EMAIL || "admin@daraa.local"} / ${process.env.DEMO_ADMIN_PASSWORD || "daraa-admin"}`],
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

  // Production serves the compiled build; development runs the TypeScript sources.
  const directory = production && command !== "develop" ? BUILD_DIR : ROOT
  if (directory === BUILD_DIR && !fs.existsSync(path.join(BUILD_DIR, "medusa-config.js"))) {
    throw new ConfigurationError(
      "NODE_ENV is production, which serves the compiled build in .medusa/server; run `npm run build` first."
    )
  }
  checkMedusaConfig(directory)

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
    const dataDir = process.env.EMBEDDED_POSTGRES_DIR || path.join(DATA_DIR, "postgres")
    const embeddedPort = integer("EMBEDDED_POSTGRES_PORT", 54329)
    say(`starting the embedded PostgreSQL in ${path.relative(ROOT, dataDir) || dataDir} on port ${embeddedPort}`)
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: embeddedPort,
      logFile: path.join(LOG_DIR, "postgres.log"),
    })
    databaseUrl = embedded.urlFor(process.env.EMBEDDED_POSTGRES_DATABASE || "daraa")
    databaseLabel = `${path.relative(ROOT, dataDir) || dataDir} (embedded PostgreSQL on 127.0.0.1:${embeddedPort})`
  }

  let child = null
  const stopChild = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        return resolve()
      }
      const killer = setTimeout(() => child.kill("SIGKILL"), 20000)
      child.once("exit", () => {
        clearTimeout(killer)
        resolve()
      })
      child.kill("SIGTERM")
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

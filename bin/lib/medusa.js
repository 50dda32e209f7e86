"use strict"

/** Running the Medusa CLI as a child process, shared by the launcher and the benchmarks. */

const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { query } = require("./database")
const { ConfigurationError } = require("./configuration-error")
const { medusaNoise, pipeWithoutNoise } = require("./known-noise")

const MEDUSA_CLI = path.join(path.dirname(require.resolve("@medusajs/cli/package.json")), "cli.js")
// Bumped whenever the seed learns something new, so existing installs get it once.
const SEED_VERSION = require("../../src/scripts/demo/seed-version.json").version

/** Runs one Medusa command with its output, less the known noise, appended to `logTo`. */
function runMedusa(args, { cwd, env, logTo }) {
  return new Promise((resolve, reject) => {
    const output = fs.openSync(logTo, "a")
    fs.writeSync(output, `\n$ medusa ${args.join(" ")}  (${new Date().toISOString()})\n`)
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    const rules = medusaNoise({ production: env.NODE_ENV === "production" })
    const append = (text) => fs.writeSync(output, text)
    pipeWithoutNoise(child.stdout, append, rules)
    pipeWithoutNoise(child.stderr, append, rules)
    child.on("error", reject)
    // "close", not "exit": the last of the output has then been written.
    child.on("close", (code, signal) => {
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

/**
 * Whether some region offers each of these payment providers. One configured
 * after the demo was seeded (Stripe, once STRIPE_API_KEY is set) is offered by
 * none yet: seeding again adds it to the demo region, and adds nothing else.
 */
async function paymentProvidersOffered(databaseUrl, providerIds) {
  if (providerIds.length === 0) {
    return true
  }
  try {
    const rows = await query(
      databaseUrl,
      `select count(distinct payment_provider_id)::int as offered from region_payment_provider
        where deleted_at is null and payment_provider_id = any($1)`,
      [providerIds]
    )
    return rows[0]?.offered === providerIds.length
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

/**
 * Waits until the server on `port` answers GET /health: true, or false once
 * `child` has exited or, with `timeoutMs`, that much time has passed.
 */
async function waitForHealth(port, child, { timeoutMs = Infinity, intervalMs = 500 } = {}) {
  let exited = child.exitCode !== null && child.exitCode !== undefined
  child.once("exit", () => (exited = true))
  const deadline = Date.now() + timeoutMs
  while (!exited && Date.now() <= deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`)
      if (response.ok) {
        return true
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  return false
}

/** The heap limit a `medusa start` process gets unless SERVER_MAX_HEAP_MB or NODE_OPTIONS says otherwise (docs/performance.md, "Memory over ten minutes"). */
const DEFAULT_SERVER_HEAP_MB = 512

/**
 * The environment of a `medusa start` process, with V8's heap limited to
 * SERVER_MAX_HEAP_MB (default 512; 0 keeps Node's own, about a quarter of the
 * machine's memory) unless NODE_OPTIONS already sets --max-old-space-size.
 * With Node's default a server's memory grew past 1.2 GB under ten minutes of
 * load, mostly garbage V8 had not collected yet; with 512 MB it stayed near 560 MB.
 */
function withServerHeapLimit(env) {
  const options = env.NODE_OPTIONS || ""
  if (/--max-old-space-size/.test(options)) {
    return env
  }
  const given = env.SERVER_MAX_HEAP_MB
  const mb = given === undefined || given === "" ? DEFAULT_SERVER_HEAP_MB : Number(given)
  if (!Number.isInteger(mb) || mb < 0 || (mb > 0 && mb < 128)) {
    throw new ConfigurationError(`SERVER_MAX_HEAP_MB must be a whole number of megabytes, at least 128 (or 0 for Node's default), not "${given}"`)
  }
  return mb === 0 ? env : { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${mb}`.trim() }
}

module.exports = {
  MEDUSA_CLI,
  SEED_VERSION,
  DEFAULT_SERVER_HEAP_MB,
  runMedusa,
  tail,
  isSeeded,
  paymentProvidersOffered,
  publishableKey,
  waitForHealth,
  withServerHeapLimit,
}

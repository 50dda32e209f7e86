#!/usr/bin/env node
"use strict"

/**
 * `npm run bench -- <name>`: boots the app on a fresh database with the demo
 * seed, loads one route with autocannon and prints requests/s, p50 and p99,
 * beside the baseline (Medusa's own GET /store/products) measured in the same
 * run, so the ratio holds whatever the machine.
 *
 * A benchmark whose requests cannot simply be repeated (a cart completes
 * once) exports `run(context, options)` instead of `prepare(context)`: it
 * times what it needs and answers `[{name, description, samples, baseline?, goal?}]`,
 * samples in milliseconds, each result compared with the result it names as
 * its baseline, within the same run; or prints its own figures and answers null.
 *
 * Options: --duration <seconds> (default 10), --connections <n> (default 10),
 * --samples <n> (default 20, for timed benchmarks), --shoppers <n> (default 50,
 * for checkout-load).
 * The database server is DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD when set,
 * otherwise a throwaway embedded PostgreSQL.
 */

const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const autocannon = require("autocannon")
const { ensureDatabase, query } = require("../bin/lib/database")
const { startEmbeddedPostgres, freePort } = require("../bin/lib/embedded-postgres")
const { MEDUSA_CLI, runMedusa, tail, publishableKey, waitForHealth, withServerHeapLimit } = require("../bin/lib/medusa")

const ROOT = path.resolve(__dirname, "..")
const LOG = path.join(ROOT, ".data", "logs", "bench.log")
const BASELINE = "store-products"

function parseArgs(argv) {
  const options = { name: null, duration: 10, connections: 10, samples: 20, shoppers: 50 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (["--duration", "--connections", "--samples", "--shoppers"].includes(arg)) {
      const value = Number(argv[++i])
      if (!Number.isInteger(value) || value < 1) {
        throw new Error(`${arg} needs a positive whole number`)
      }
      options[arg.slice(2)] = value
    } else if (!options.name) {
      options.name = arg
    } else {
      throw new Error(`unexpected argument ${arg}`)
    }
  }
  return options
}

function available() {
  return fs
    .readdirSync(path.join(__dirname, "benchmarks"))
    .filter((file) => file.endsWith(".js"))
    .map((file) => file.replace(/\.js$/, ""))
}

function load(run) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(run, (error, result) => (error ? reject(error) : resolve(result)))
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false })
  })
}

async function measure(benchmark, context, options) {
  const request = await benchmark.prepare(context)
  const run = {
    url: `${context.baseUrl}${request.path}`,
    method: request.method,
    headers: { "content-type": "application/json", ...request.headers },
    body: request.body ? JSON.stringify(request.body) : undefined,
    connections: options.connections,
  }
  // A short warm-up so JIT and connection pools do not count against either side.
  await load({ ...run, duration: 2 })
  const result = await load({ ...run, duration: options.duration })
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${benchmark.name}: ${result.non2xx} non-2xx answers and ${result.errors} errors`)
  }
  return {
    name: benchmark.name,
    description: benchmark.description,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  }
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

function printTimings(results) {
  const stats = new Map(
    results.map((r) => {
      const sorted = [...r.samples].sort((a, b) => a - b)
      const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length
      return [r.name, { mean, p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length }]
    })
  )
  const width = Math.max(...results.map((r) => r.name.length)) + 2
  process.stdout.write("\n")
  for (const r of results) {
    const s = stats.get(r.name)
    let line = `${r.name.padEnd(width)} n=${String(s.n).padEnd(4)} mean ${s.mean.toFixed(1).padStart(7)} ms   p50 ${s.p50.toFixed(1).padStart(7)} ms   p99 ${s.p99.toFixed(1).padStart(7)} ms`
    if (r.baseline) {
      const base = stats.get(r.baseline)
      const ratio = s.mean / base.mean
      line += `   cost ×${ratio.toFixed(2)} of ${r.baseline} (p50 ×${(s.p50 / base.p50).toFixed(2)})`
      if (r.goal) {
        line += ratio <= r.goal ? `   goal ≤ ×${r.goal}: met` : `   goal ≤ ×${r.goal}: MISSED`
      }
    }
    process.stdout.write(`${line}\n`)
  }
  process.stdout.write("\n")
  for (const r of results) {
    process.stdout.write(`  ${r.name}: ${r.description}\n`)
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const names = available()
  if (!options.name || !names.includes(options.name)) {
    process.stderr.write(`usage: npm run bench -- <name> [--duration s] [--connections n] [--samples n] [--shoppers n]\nbenchmarks: ${names.join(", ")}\n`)
    process.exit(2)
  }
  fs.mkdirSync(path.dirname(LOG), { recursive: true })

  let embedded = null
  let serverUrl
  if (process.env.DB_HOST) {
    const auth = `${encodeURIComponent(process.env.DB_USERNAME || "postgres")}${process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""}`
    serverUrl = (db) => `postgres://${auth}@${process.env.DB_HOST}:${process.env.DB_PORT || 5432}/${db}`
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(ROOT, ".data", `bench-postgres-${process.pid}`),
      persistent: false,
      logFile: path.join(ROOT, ".data", "logs", "bench-postgres.log"),
    })
    serverUrl = (db) => embedded.urlFor(db)
  }
  const database = `daraa_bench_${Date.now()}`
  const databaseUrl = serverUrl(database)
  const port = await freePort()
  const env = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    ADMIN_DISABLED: "true",
    LOG_LEVEL: "error",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // The baseline is stock Medusa's read path: the catalog cache is on only for the benchmarks of the app as shipped (the cache, memory, checkout under load).
    CATALOG_CACHE: process.env.CATALOG_CACHE || (["catalog-cache", "catalog-soak", "checkout-load"].includes(options.name) ? "on" : "off"),
  }
  delete env.REDIS_URL

  let server = null
  const cleanup = async () => {
    if (server && server.exitCode === null) {
      await new Promise((resolve) => {
        server.once("exit", resolve)
        server.kill("SIGTERM")
        setTimeout(() => server.kill("SIGKILL"), 15000).unref()
      })
    }
    if (embedded) {
      await embedded.stop()
    } else {
      await query(serverUrl("postgres"), `drop database if exists "${database}" with (force)`).catch(() => undefined)
    }
  }

  try {
    process.stdout.write(`bench: preparing a fresh database ${database}\n`)
    await ensureDatabase(databaseUrl)
    await runMedusa(["db:migrate", "--execute-safe-links"], { cwd: ROOT, env, logTo: LOG })
    await runMedusa(["exec", "./src/scripts/seed.ts"], { cwd: ROOT, env, logTo: LOG })

    process.stdout.write(`bench: starting the server on port ${port}\n`)
    const output = fs.openSync(LOG, "a")
    // As `npm start` runs it: the same heap limit (SERVER_MAX_HEAP_MB).
    server = spawn(process.execPath, [MEDUSA_CLI, "start", "--port", String(port)], {
      cwd: ROOT,
      env: withServerHeapLimit(env),
      stdio: ["ignore", output, output],
    })
    if (!(await waitForHealth(port, server))) {
      throw new Error(`the server did not start; see ${LOG}\n${tail(LOG, 30)}`)
    }

    const context = {
      baseUrl: `http://127.0.0.1:${port}`,
      publishableKey: await publishableKey(databaseUrl),
      databaseUrl,
      // For benchmarks that also run code in-process with `medusa exec` on the same database.
      root: ROOT,
      env,
      log: LOG,
      serverPid: server.pid,
    }
    const requested = require(`./benchmarks/${options.name}`)
    if (requested.run) {
      process.stdout.write(`bench: ${requested.name}, ${options.samples} samples of each kind\n`)
      // A benchmark that prints its own figures answers null.
      const timed = await requested.run(context, options)
      if (timed) {
        printTimings(timed)
      }
      return
    }
    const benchmarks = [...new Set([BASELINE, options.name])].map((name) => require(`./benchmarks/${name}`))
    const results = []
    for (const benchmark of benchmarks) {
      process.stdout.write(`bench: ${benchmark.name} for ${options.duration}s with ${options.connections} connections\n`)
      results.push(await measure(benchmark, context, options))
    }

    const baseline = results[0]
    process.stdout.write("\n")
    for (const r of results) {
      const ratio = baseline.requestsPerSecond / r.requestsPerSecond
      process.stdout.write(
        `${r.name.padEnd(26)} ${r.requestsPerSecond.toFixed(1).padStart(9)} req/s   p50 ${String(r.p50).padStart(5)} ms   p99 ${String(r.p99).padStart(5)} ms   cost ×${ratio.toFixed(2)} of ${BASELINE}\n`
      )
    }
  } finally {
    await cleanup()
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`)
  process.exit(1)
})

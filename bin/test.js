#!/usr/bin/env node
"use strict"

/**
 * `npm test`: the unit, module and HTTP integration suites, the browser suite
 * (Medusa's admin dashboard in Chromium, when Chromium is installed), then the Redis
 * suite when REDIS_URL is set.
 *
 * The database comes from DB_HOST / DB_PORT / DB_USERNAME / DB_PASSWORD when
 * DB_HOST is set. Otherwise a throwaway embedded PostgreSQL is started for the
 * run and removed afterwards, so the tests pass on a machine without one.
 *
 * Extra arguments go to jest, e.g. `npm test -- integration-tests/http/health`.
 * `TEST_SUITES=unit,integration:http npm test` runs only those suites.
 */

const fs = require("fs")
const os = require("os")
const path = require("path")
const { spawn } = require("child_process")
const { startEmbeddedPostgres } = require("./lib/embedded-postgres")
const { createTemplateDatabase, dropTemplateDatabase } = require("./lib/test-template-database")

const ROOT = path.resolve(__dirname, "..")
const JEST = path.join(path.dirname(require.resolve("jest/package.json")), "bin", "jest.js")
const ALL_SUITES = ["unit", "integration:modules", "integration:http", "integration:redis", "integration:browser"]

/**
 * How many spec files of a suite run at once. HTTP specs each boot their own
 * app on their own database and spend much of their time waiting on it (the
 * database, events, jobs), so one more than the cores keeps them busy, three
 * at most; `DARAA_TEST_WORKERS=1` runs them one by one. Unit specs run one
 * per core (two at most). The other suites share state (Redis, one browser
 * server) and run in band.
 */
function workersFor(suite) {
  if (suite === "unit") {
    return Math.max(1, Math.min(2, os.cpus().length))
  }
  if (suite !== "integration:http") {
    return 1
  }
  const wanted = Number(process.env.DARAA_TEST_WORKERS)
  if (Number.isInteger(wanted) && wanted >= 1) {
    return wanted
  }
  const cores = os.cpus().length
  return cores <= 1 ? 1 : Math.min(3, cores + 1)
}

function runJest(suite, extraArgs, env) {
  const workers = workersFor(suite)
  const report = path.join(os.tmpdir(), `daraa-jest-${process.pid}-${suite.replace(/\W/g, "-")}.json`)
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "--experimental-vm-modules",
        JEST,
        ...(workers > 1 ? [`--maxWorkers=${workers}`] : ["--runInBand"]),
        "--forceExit",
        "--passWithNoTests",
        ...extraArgs,
        // Last: jest reads any word after an array option as one more reporter.
        "--reporters=default",
        `--reporters=${path.join(__dirname, "jest-summary-reporter.js")}`,
      ],
      { cwd: ROOT, env: { ...env, TEST_TYPE: suite, DARAA_TEST_SUMMARY: report }, stdio: "inherit" }
    )
    child.on("exit", (code) => {
      let passed = 0
      let failed = 0
      let failures = []
      try {
        const result = JSON.parse(fs.readFileSync(report, "utf8"))
        passed = result.passed
        failed = result.failed + result.brokenSuites
        failures = result.failures ?? []
        fs.rmSync(report, { force: true })
      } catch {
        failed += 1
      }
      resolve({ suite, code: code ?? 1, passed, failed, failures })
    })
  })
}

function chromiumPath() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => file && fs.existsSync(file))
}

async function main() {
  const extraArgs = process.argv.slice(2)
  const requested = process.env.TEST_SUITES ? process.env.TEST_SUITES.split(",") : ALL_SUITES
  const unknown = requested.filter((s) => !ALL_SUITES.includes(s))
  if (unknown.length) {
    process.stderr.write(`TEST_SUITES has unknown suites: ${unknown.join(", ")}; use ${ALL_SUITES.join(", ")}.\n`)
    process.exit(2)
  }

  // The app's info lines (each event, each notification) cost the suites time and hide failures; warnings and errors remain.
  const env = { ...process.env, NODE_ENV: "test", LOG_LEVEL: process.env.LOG_LEVEL || "warn" }
  // The test runner picks a free port itself; an inherited PORT would clash.
  delete env.PORT
  delete env.DATABASE_URL
  // Only the Redis suite runs on Redis; the others keep Medusa's in-process modules.
  delete env.REDIS_URL
  const suites = requested.filter((suite) => {
    if (suite === "integration:redis" && !process.env.REDIS_URL) {
      process.stdout.write("npm test: REDIS_URL is not set, skipping the Redis suite\n")
      return false
    }
    // CI installs Chromium (.ci/run) and must run the browser suite; elsewhere it is skipped, said once.
    if (suite === "integration:browser" && !chromiumPath() && process.env.CI !== "true") {
      process.stdout.write("npm test: no Chromium found (apt-get install chromium), skipping the browser suite\n")
      return false
    }
    return true
  })

  let embedded = null
  const needsDatabase = suites.some((s) => s !== "unit")
  if (needsDatabase && !process.env.DB_HOST) {
    const dataDir = path.join(ROOT, ".data", `test-postgres-${process.pid}`)
    process.stdout.write(`npm test: no DB_HOST, starting a throwaway embedded PostgreSQL in ${path.relative(ROOT, dataDir)}\n`)
    embedded = await startEmbeddedPostgres({
      dataDir,
      persistent: false,
      durable: false,
      logFile: path.join(ROOT, ".data", "logs", "test-postgres.log"),
      portVariable: "the test database port",
    })
    Object.assign(env, {
      DB_HOST: embedded.host,
      DB_PORT: String(embedded.port),
      DB_USERNAME: embedded.user,
      DB_PASSWORD: embedded.password,
    })
  }
  let template = null
  const stop = async () => {
    if (template) {
      await dropTemplateDatabase(env, template).catch(() => undefined)
      await dropTemplateDatabase(env, `${template}_demo`).catch(() => undefined)
      template = null
    }
    if (embedded) {
      await embedded.stop()
      embedded = null
    }
  }
  process.on("SIGINT", () => stop().then(() => process.exit(130)))
  process.on("SIGTERM", () => stop().then(() => process.exit(143)))

  // The HTTP suite's template database is migrated while the suites before it run.
  const templateLog = path.join(ROOT, ".data", "logs", "test-template.log")
  let templateBuild = null
  if (suites.includes("integration:http")) {
    const name = `daraa_test_template_${process.pid}`
    template = name
    templateBuild = createTemplateDatabase({ root: ROOT, env, name, logTo: templateLog })
    templateBuild.catch(() => undefined)
  }

  const results = []
  let templateName = null
  const envFor = (suite) => {
    if (suite === "integration:redis") {
      // The HTTP suite's template, when it was built, serves the Redis suite's databases too.
      return {
        ...env,
        REDIS_URL: process.env.REDIS_URL,
        ...(templateName ? { DARAA_TEST_TEMPLATE_DB: templateName, DARAA_TEST_TEMPLATE_DB_DEMO: `${templateName}_demo` } : {}),
      }
    }
    return env
  }
  // The Redis and browser suites spend much of their time waiting (servers starting,
  // a scheduled job's minute, a browser drawing), so they run side by side.
  const together = new Set(["integration:redis", "integration:browser"])
  const steps = []
  for (const suite of suites) {
    const last = steps[steps.length - 1]
    if (together.has(suite) && last && last.every((other) => together.has(other))) {
      last.push(suite)
    } else {
      steps.push([suite])
    }
  }
  for (const step of steps) {
    if (step[0] === "integration:http") {
      process.stdout.write(`\nnpm test: integration:http\n`)
      process.stdout.write(`npm test: one template database migrated and seeded for every HTTP spec (log: ${path.relative(ROOT, templateLog)}) … `)
      let built
      try {
        built = await templateBuild
      } catch (error) {
        process.stdout.write(`failed: ${error.message}; see ${path.relative(ROOT, templateLog)}\n`)
        results.push({ suite: "integration:http", code: 1, passed: 0, failed: 1 })
        continue
      }
      process.stdout.write(`ready, migrated in ${Math.round(built.seconds)} s\n`)
      templateName = built.name
      results.push(await runJest("integration:http", extraArgs, { ...env, DARAA_TEST_TEMPLATE_DB: built.name, DARAA_TEST_TEMPLATE_DB_DEMO: built.demo }))
      continue
    }
    process.stdout.write(`\nnpm test: ${step.join(" and ")}${step.length > 1 ? ", side by side" : ""}\n`)
    results.push(...(await Promise.all(step.map((suite) => runJest(suite, extraArgs, envFor(suite))))))
  }
  await stop()

  const passed = results.reduce((sum, r) => sum + r.passed, 0)
  const failed = results.reduce((sum, r) => sum + r.failed, 0)
  const failedSuites = results.filter((r) => r.code !== 0).map((r) => r.suite)
  // Failures last, after all the app's output, where a reader of a long log looks first.
  for (const { suite, failures } of results) {
    for (const failure of failures ?? []) {
      process.stdout.write(`\nFAILED (${suite}) ${failure.spec} › ${failure.test}\n${failure.error.replace(/^/gm, "    ")}\n`)
    }
  }
  process.stdout.write(`\n${results.map((r) => `  - ${r.suite}: ${r.passed} passed, ${r.failed} failed`).join("\n")}\n`)
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`)
  process.exit(failedSuites.length ? 1 : 0)
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`)
  process.exit(1)
})

const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each spec boots its own app; stale entity metadata from a previous one must go.
MetadataStorage.clear()

/*
 * With DARAA_TEST_TEMPLATE_DB (set by `npm test` for the HTTP suite,
 * bin/lib/test-template-database.js), a spec's database is a copy of the one
 * template migrated for the whole run, instead of being migrated from nothing:
 * the runner's "create database" copies the template, and its "migrate" step,
 * which would find nothing to do, is skipped. Links are still loaded and
 * checked as the runner does.
 */
/*
 * With DARAA_TEST_TEMPLATE_DB_DEMO too, that template's copy with the demo
 * marketplace already seeded (`npm run seed`) serves every spec that seeds it
 * in its beforeAll: the spec's own seeding then finds everything in place and
 * only reads it, instead of drawing the pictures and creating the catalog
 * again, about 4 s of each spec. A spec that must see the seed build from
 * nothing says `@daraa-test-database empty` in a comment.
 */
function templateForThisSpec() {
  const plain = process.env.DARAA_TEST_TEMPLATE_DB
  const seeded = process.env.DARAA_TEST_TEMPLATE_DB_DEMO
  const spec = globalThis.__DARAA_SPEC_PATH__
  if (!plain || !seeded || !spec) {
    return plain
  }
  const source = require("fs").readFileSync(spec, "utf8")
  return /seedDemoMarketplace\(/.test(source) && !source.includes("@daraa-test-database empty") ? seeded : plain
}

const template = templateForThisSpec()
if (template) {
  const path = require("path")
  const runnerUtils = path.join(path.dirname(require.resolve("@medusajs/test-utils")), "medusa-test-runner-utils")
  const databases = require(path.join(runnerUtils, "postgres-template"))
  const useDb = require(path.join(runnerUtils, "use-db"))
  const { Client } = require("@medusajs/framework/pg")
  const copied = new Set()

  const createFromScratch = databases.createDatabase
  databases.createDatabase = async function createDatabase(options, credentials = {}) {
    // Only the runner's own per-spec database (medusa-<id>-integration-<worker>).
    if (!/^medusa-.+-integration-\d+$/.test(options.databaseName)) {
      return createFromScratch(options, credentials)
    }
    const client = new Client({
      host: process.env.DB_HOST ?? "localhost",
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD || undefined,
      database: "postgres",
    })
    await client.connect()
    try {
      const quote = (name) => `"${name.replace(/"/g, '""')}"`
      // Two workers copying at the same moment can see "being accessed by other users"; try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await client.query(`CREATE DATABASE ${quote(options.databaseName)} TEMPLATE ${quote(template)}`)
          break
        } catch (error) {
          if (error.code === "42P04") {
            break
          }
          if (attempt >= 20 || !/being accessed by other users/.test(String(error.message))) {
            throw error
          }
          await new Promise((resolve) => setTimeout(resolve, 250 * attempt))
        }
      }
      copied.add(options.databaseName)
    } finally {
      await client.end()
    }
  }

  const migrate = useDb.migrateDatabase
  useDb.migrateDatabase = async function migrateDatabase(appLoader) {
    if (copied.size > 0) {
      return
    }
    return migrate(appLoader)
  }
}

/*
 * Between two tests the runner puts the database back to its snapshot: a
 * change no write announced, so the catalog cache's in-process versions are
 * all moved on, and no answer cached in the previous test is served in the next.
 */
{
  const path = require("path")
  const runnerUtils = path.join(path.dirname(require.resolve("@medusajs/test-utils")), "medusa-test-runner-utils")
  const databases = require(path.join(runnerUtils, "postgres-template"))
  const restore = databases.restorePostgresDatabaseFromTemplate
  databases.restorePostgresDatabaseFromTemplate = async function restoreAndForgetCachedAnswers(options) {
    await restore(options)
    const { CATALOG_SCOPES } = require("../src/modules/catalog-cache/scopes")
    for (const versions of globalThis[Symbol.for("daraa.catalog-cache.memory-versions")] ?? []) {
      await versions.bump(CATALOG_SCOPES)
    }
  }
}

/*
 * Putting the database back drops it under the app's connection pool, and
 * knex prints "Connection Error: Connection ended unexpectedly" for each
 * pooled connection it finds dead, dozens of lines per test that buried the
 * CI log's failures. That one expected line is dropped; every other line stays.
 */
{
  const log = console.log
  console.log = function logUnlessRestoredConnection(...args) {
    if (args.length === 1 && typeof args[0] === "string" && args[0].includes("Connection Error: Connection ended unexpectedly")) {
      return
    }
    return log.apply(this, args)
  }
}

/*
 * After each test the runner waits for every workflow execution that is not
 * done. Its wait has no end: a subscriber's workflow that began after the
 * previous test's database was put back (events are handled a moment after
 * the request that emitted them) can leave a row "invoking" in the new
 * database that no one will finish, and the next test then hung until jest's
 * timeout. The wait is the same, but ends after 30 s with a warning naming
 * what was still running.
 */
{
  const path = require("path")
  const runnerUtils = path.join(path.dirname(require.resolve("@medusajs/test-utils")), "medusa-test-runner-utils")
  const waiting = require(path.join(runnerUtils, "wait-workflow-executions"))
  const { Modules } = require("@medusajs/framework/utils")
  const LIMIT_MS = 30_000
  waiting.waitWorkflowExecutions = async function waitWorkflowExecutionsAWhile(container) {
    const engine = container.resolve(Modules.WORKFLOW_ENGINE, { allowUnregistered: true })
    if (!engine) {
      return
    }
    const deadline = Date.now() + LIMIT_MS
    for (;;) {
      const running = await engine.listWorkflowExecutions({ state: { $nin: ["not_started", "done", "reverted", "failed"] } })
      if (running.length === 0) {
        return
      }
      if (Date.now() > deadline) {
        const names = running.map((execution) => `${execution.workflow_id} (${execution.state})`).join(", ")
        process.stderr.write(`setup.js: still running after ${LIMIT_MS / 1000} s, the test goes on without them: ${names}\n`)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

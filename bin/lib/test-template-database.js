"use strict"

/**
 * One migrated database for the whole HTTP suite.
 *
 * Each HTTP spec boots the app on a database of its own. Migrating every one of
 * them from nothing took about 20 s per spec, most of the suite's fixed cost.
 * Instead `npm test` migrates one template database once (`medusa db:migrate`,
 * links synced, no migration scripts, exactly what the test runner itself does),
 * and each spec's database is a copy of it (`CREATE DATABASE … TEMPLATE`, about
 * a second). `integration-tests/setup.js` makes the runner copy instead of
 * migrate when DARAA_TEST_TEMPLATE_DB names the template. Most specs seed the
 * demo marketplace first; they copy a second template that has it already
 * (DARAA_TEST_TEMPLATE_DB_DEMO).
 */

const fs = require("fs")
const path = require("path")
const { Client } = require("pg")
const { runMedusa } = require("./medusa")

function adminClient(env) {
  return new Client({
    host: env.DB_HOST,
    port: Number(env.DB_PORT || 5432),
    user: env.DB_USERNAME || "postgres",
    password: env.DB_PASSWORD || undefined,
    database: "postgres",
  })
}

function quote(name) {
  return `"${name.replace(/"/g, '""')}"`
}

async function withAdmin(env, work) {
  const client = adminClient(env)
  client.on("error", () => undefined)
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function dropTemplateDatabase(env, name) {
  await withAdmin(env, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)
  })
}

function databaseUrl(env, name) {
  const url = new URL("postgres://localhost")
  url.hostname = env.DB_HOST
  url.port = String(env.DB_PORT || 5432)
  url.username = env.DB_USERNAME || "postgres"
  url.password = env.DB_PASSWORD || ""
  url.pathname = `/${name}`
  return url.toString()
}

// No one may stay connected to a template while it is copied.
async function disconnectEveryone(env, name) {
  await withAdmin(env, (client) =>
    client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name])
  )
}

/**
 * Creates and migrates the template, then a copy of it with the demo
 * marketplace seeded (`name_demo`, `npm run seed`'s script) for the specs that
 * seed it (integration-tests/setup.js); answers both names, and how long it took.
 */
async function createTemplateDatabase({ root, env, name, logTo }) {
  const started = Date.now()
  const demo = `${name}_demo`
  await dropTemplateDatabase(env, name)
  await dropTemplateDatabase(env, demo)
  await withAdmin(env, (client) => client.query(`CREATE DATABASE ${quote(name)}`))
  fs.mkdirSync(path.dirname(logTo), { recursive: true })
  await runMedusa(["db:migrate", "--skip-scripts", "--execute-all-links", "--execute-all-search"], {
    cwd: root,
    env: { ...env, DATABASE_URL: databaseUrl(env, name) },
    logTo,
  })
  await disconnectEveryone(env, name)
  await withAdmin(env, (client) => client.query(`CREATE DATABASE ${quote(demo)} TEMPLATE ${quote(name)}`))
  await runMedusa(["exec", "./src/scripts/seed.ts"], { cwd: root, env: { ...env, DATABASE_URL: databaseUrl(env, demo) }, logTo })
  await disconnectEveryone(env, demo)
  return { name, demo, seconds: (Date.now() - started) / 1000 }
}

module.exports = { createTemplateDatabase, dropTemplateDatabase }

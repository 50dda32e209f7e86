"use strict"

const { Client } = require("pg")
const { ConfigurationError } = require("./configuration-error")

const CONNECT_TIMEOUT_MS = 5000

function describeTarget(url) {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname || "localhost"}:${parsed.port || 5432}`
  } catch {
    return null
  }
}

function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""))
  return name || "postgres"
}

function withDatabase(url, name) {
  const parsed = new URL(url)
  parsed.pathname = `/${encodeURIComponent(name)}`
  return parsed.toString()
}

async function connect(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  client.on("error", () => undefined)
  await client.connect()
  return client
}

// Every PostgreSQL has it; asking it first keeps a missing database from
// being logged as FATAL by the server on a newcomer's first start.
const MAINTENANCE_DATABASE = "postgres"

/** An error with a severity came from the server: it answered, it said no. */
function answeredByServer(error) {
  return typeof error?.severity === "string"
}

async function databaseExists(client, name) {
  const { rows } = await client.query("select 1 from pg_database where datname = $1", [name])
  return rows.length > 0
}

async function createDatabase(client, name, variable) {
  try {
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
  } catch (error) {
    // Another process may have created it since we looked.
    if (error.code !== "42P04") {
      throw new ConfigurationError(
        `${variable} names the database "${name}", which does not exist and could not be created (${error.message}).`
      )
    }
  }
}

/** Where the maintenance database is closed to this user: the database itself must exist. */
async function checkDirectly(url, variable, target, open) {
  try {
    const client = await open(url)
    await client.end()
    return { created: false }
  } catch (error) {
    if (error.code === "3D000") {
      throw new ConfigurationError(
        `${variable} names the database "${databaseName(url)}", which does not exist, and the "${MAINTENANCE_DATABASE}" database needed to create it cannot be opened; create it yourself.`
      )
    }
    throw unreachable(variable, target, error)
  }
}

/**
 * Makes sure the database behind `url` can be reached and exists, creating it
 * when the server answers but the database is missing. It looks the name up
 * in pg_database from the maintenance database rather than trying to connect.
 * `variable` names the setting to blame in the error sentence; `open` is for tests.
 */
async function ensureDatabase(url, variable = "DATABASE_URL", { open = connect } = {}) {
  const target = describeTarget(url)
  if (!target || !/^postgres(ql)?:$/.test(new URL(url).protocol)) {
    throw new ConfigurationError(
      `${variable} must be a postgres:// connection URL, such as postgres://user:password@localhost:5432/daraa.`
    )
  }

  const name = databaseName(url)
  let admin
  try {
    admin = await open(withDatabase(url, MAINTENANCE_DATABASE))
  } catch (error) {
    if (!answeredByServer(error)) {
      throw unreachable(variable, target, error)
    }
    return checkDirectly(url, variable, target, open)
  }
  try {
    if (await databaseExists(admin, name)) {
      return { created: false }
    }
    await createDatabase(admin, name, variable)
    return { created: true }
  } finally {
    await admin.end()
  }
}

function unreachable(variable, target, error) {
  const reason = error.code || error.message || "no answer"
  return new ConfigurationError(
    `${variable} points at ${target}, where no PostgreSQL could be reached (${reason}).`
  )
}

/** Runs one query and returns its rows; used for the start-up banner and seed marker. */
async function query(url, sql, params = []) {
  const client = await connect(url)
  try {
    const { rows } = await client.query(sql, params)
    return rows
  } finally {
    await client.end()
  }
}

module.exports = { ensureDatabase, query, describeTarget }

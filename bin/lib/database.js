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

/**
 * Makes sure the database behind `url` can be reached and exists, creating it
 * when the server answers but the database is missing. `variable` names the
 * setting to blame in the error sentence.
 */
async function ensureDatabase(url, variable = "DATABASE_URL") {
  const target = describeTarget(url)
  if (!target || !/^postgres(ql)?:$/.test(new URL(url).protocol)) {
    throw new ConfigurationError(
      `${variable} must be a postgres:// connection URL, such as postgres://user:password@localhost:5432/daraa.`
    )
  }

  try {
    const client = await connect(url)
    await client.end()
    return { created: false }
  } catch (error) {
    if (error.code !== "3D000") {
      throw unreachable(variable, target, error)
    }
  }

  const name = databaseName(url)
  let admin
  try {
    admin = await connect(withDatabase(url, "postgres"))
  } catch (error) {
    throw unreachable(variable, target, error)
  }
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
  } catch (error) {
    // Another process may have created it between the two connections.
    if (error.code !== "42P04") {
      throw new ConfigurationError(
        `${variable} names the database "${name}", which does not exist and could not be created (${error.message}).`
      )
    }
  } finally {
    await admin.end()
  }
  return { created: true }
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

const { describeTarget, ensureDatabase } = require("../database")
const { ConfigurationError } = require("../configuration-error")

describe("describeTarget", () => {
  it("shows host and port, never the password", () => {
    expect(describeTarget("postgres://user:secret@db.internal:6543/daraa")).toEqual("db.internal:6543")
  })

  it("defaults the port to 5432", () => {
    expect(describeTarget("postgres://user@db.internal/daraa")).toEqual("db.internal:5432")
  })

  it("answers null for something that is not a URL", () => {
    expect(describeTarget("not a url")).toBeNull()
  })
})

describe("ensureDatabase", () => {
  it("rejects a URL that is not postgres:// with a sentence naming the variable", async () => {
    const error = await ensureDatabase("mysql://root@localhost/daraa").catch((e) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(/^DATABASE_URL must be a postgres:\/\//)
  })

  it("names the variable it was given when the server cannot be reached", async () => {
    const error = await ensureDatabase("postgres://postgres@127.0.0.1:1/daraa", "EMBEDDED_POSTGRES_DATABASE").catch((e) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toMatch(/^EMBEDDED_POSTGRES_DATABASE points at 127\.0\.0\.1:1/)
  })
})

/**
 * A PostgreSQL server in memory: `open` connects as pg would, and refuses a
 * database that does not exist with pg's 3D000 error, which the real server
 * also logs as FATAL. `connections` records which databases were opened.
 */
function fakeServer({ databases = ["postgres"], maintenanceError = null } = {}) {
  const existing = new Set(databases)
  const connections = []
  const queries = []
  const open = async (url) => {
    const name = decodeURIComponent(new URL(url).pathname.slice(1))
    connections.push(name)
    if (name === "postgres" && maintenanceError) {
      throw maintenanceError
    }
    if (!existing.has(name)) {
      throw Object.assign(new Error(`database "${name}" does not exist`), { code: "3D000", severity: "FATAL" })
    }
    return {
      async query(sql, params = []) {
        queries.push(sql)
        if (/from pg_database/.test(sql)) {
          return { rows: existing.has(params[0]) ? [{ "?column?": 1 }] : [] }
        }
        const created = /^CREATE DATABASE "(.+)"$/.exec(sql)
        if (created) {
          existing.add(created[1].replace(/""/g, '"'))
          return { rows: [] }
        }
        throw new Error(`unexpected query ${sql}`)
      },
      async end() {},
    }
  }
  return { open, connections, queries, existing }
}

describe("ensureDatabase against a server", () => {
  it("creates a missing database without ever connecting to it, so PostgreSQL logs no FATAL", async () => {
    const server = fakeServer()
    await expect(ensureDatabase("postgres://postgres@localhost:54329/daraa", "DATABASE_URL", server)).resolves.toEqual({
      created: true,
    })
    expect(server.connections).toEqual(["postgres"])
    expect(server.queries).toEqual(["select 1 from pg_database where datname = $1", 'CREATE DATABASE "daraa"'])
    expect(server.existing.has("daraa")).toBe(true)
  })

  it("leaves an existing database alone", async () => {
    const server = fakeServer({ databases: ["postgres", "daraa"] })
    await expect(ensureDatabase("postgres://postgres@localhost:54329/daraa", "DATABASE_URL", server)).resolves.toEqual({
      created: false,
    })
    expect(server.queries).toEqual(["select 1 from pg_database where datname = $1"])
  })

  it("quotes a database name that needs it", async () => {
    const server = fakeServer()
    await ensureDatabase(`postgres://postgres@localhost:54329/${encodeURIComponent('my "shop"')}`, "DATABASE_URL", server)
    expect(server.queries[1]).toEqual('CREATE DATABASE "my ""shop"""')
  })

  it("checks the database itself where the maintenance database is closed to this user", async () => {
    const denied = Object.assign(new Error("permission denied for database postgres"), { code: "42501", severity: "FATAL" })
    const server = fakeServer({ databases: ["postgres", "shop"], maintenanceError: denied })
    await expect(ensureDatabase("postgres://shop@db.internal/shop", "DATABASE_URL", server)).resolves.toEqual({
      created: false,
    })
    expect(server.connections).toEqual(["postgres", "shop"])
  })

  it("says so in one sentence when it can neither find nor create the database", async () => {
    const denied = Object.assign(new Error("permission denied for database postgres"), { code: "42501", severity: "FATAL" })
    const server = fakeServer({ maintenanceError: denied })
    const error = await ensureDatabase("postgres://shop@db.internal/shop", "DATABASE_URL", server).catch((e) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toEqual(
      'DATABASE_URL names the database "shop", which does not exist, and the "postgres" database needed to create it cannot be opened; create it yourself.'
    )
  })

  it("blames the variable when nothing answers, without a second try", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.9:5432"), { code: "ECONNREFUSED" })
    const server = fakeServer({ maintenanceError: refused })
    const error = await ensureDatabase("postgres://shop@10.0.0.9/shop", "DATABASE_URL", server).catch((e) => e)
    expect(error.message).toEqual("DATABASE_URL points at 10.0.0.9:5432, where no PostgreSQL could be reached (ECONNREFUSED).")
    expect(server.connections).toEqual(["postgres"])
  })
})

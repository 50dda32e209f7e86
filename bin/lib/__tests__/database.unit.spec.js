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

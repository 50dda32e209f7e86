const { PassThrough } = require("stream")
const { medusaNoise, POSTGRES_NOISE, createLineFilter, pipeWithoutNoise } = require("../known-noise")

// Lines as the Medusa CLI, Node and PostgreSQL print them, colours included.
const REDIS_LINE = "\u001b[32minfo\u001b[39m:    redisUrl not found. A fake redis instance will be used.\n"
const EVENT_BUS_LINE = "\u001b[33mwarn\u001b[39m:    Local Event Bus installed. This is not recommended for production.\n"
const PG_DEPRECATION =
  "(node:12940) DeprecationWarning: Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.\n"
const TRACE_HINT = "(Use `node --trace-deprecation ...` to show where the warning was created)\n"
const READY = "\u001b[32minfo\u001b[39m:    Admin URL → http://localhost:9000/app\n"

function run(rules, chunks) {
  const filter = createLineFilter(rules)
  return chunks.map((chunk) => filter.push(chunk)).join("") + filter.end()
}

describe("the Medusa noise filter", () => {
  const development = medusaNoise({ production: false })
  const production = medusaNoise({ production: true })

  it("drops the redisUrl and event bus lines in development and keeps the rest", () => {
    expect(run(development, [REDIS_LINE, EVENT_BUS_LINE, READY, REDIS_LINE])).toEqual(READY)
  })

  it("keeps the event bus advice in production, where it matters", () => {
    expect(run(production, [REDIS_LINE, EVENT_BUS_LINE])).toEqual(EVENT_BUS_LINE)
  })

  it("drops pg's concurrent query deprecation and Node's hint that follows it", () => {
    expect(run(development, [PG_DEPRECATION, TRACE_HINT, READY])).toEqual(READY)
  })

  it("keeps Node's hint after a deprecation it does not know", () => {
    const other = "(node:1) DeprecationWarning: Buffer() is deprecated due to security and usability issues.\n"
    expect(run(development, [other, TRACE_HINT])).toEqual(other + TRACE_HINT)
  })

  it("keeps the stack that --trace-deprecation asks for", () => {
    const frame = "    at Client.query (/app/node_modules/pg/lib/client.js:780:7)\n"
    expect(run(development, [PG_DEPRECATION, frame])).toEqual(frame)
  })

  it("recognises a line split across chunks", () => {
    const chunks = [READY.slice(0, 10), READY.slice(10) + REDIS_LINE.slice(0, 25), REDIS_LINE.slice(25), "done"]
    expect(run(development, chunks)).toEqual(READY + "done")
  })

  it("passes an error through untouched", () => {
    const error = "\u001b[31merror\u001b[39m:   Error starting server\nError: connect ECONNREFUSED 127.0.0.1:5432\n"
    expect(run(development, [error])).toEqual(error)
  })

  it("drops the known lines in the JSON that production's logger writes", () => {
    const json = '{"level":"info","message":"redisUrl not found. A fake redis instance will be used.","timestamp":"2026-12-01 10:00:00"}\n'
    expect(run(production, [json])).toEqual("")
  })
})

describe("the PostgreSQL log filter", () => {
  it("drops the SET LOCAL warning of Medusa's migrations and keeps a real one", () => {
    const setLocal = "2026-12-01 23:59:51.593 UTC [12155] WARNING:  SET LOCAL can only be used in transaction blocks\n"
    const fatal = "2026-12-01 23:59:43.909 UTC [12040] FATAL:  password authentication failed for user \"postgres\"\n"
    expect(run(POSTGRES_NOISE, [setLocal + fatal + setLocal])).toEqual(fatal)
  })
})

describe("pipeWithoutNoise", () => {
  it("copies a child's stream without the noise, including an unfinished last line", async () => {
    const source = new PassThrough()
    let written = ""
    pipeWithoutNoise(source, (text) => (written += text), medusaNoise({ production: false }))
    source.write(REDIS_LINE)
    source.write(READY)
    source.end("last words")
    await new Promise((resolve) => source.on("end", resolve))
    expect(written).toEqual(READY + "last words")
  })
})

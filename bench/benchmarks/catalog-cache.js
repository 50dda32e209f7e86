"use strict"

/**
 * The catalog cache, on this machine, in one run:
 *
 * - GET /store/products?limit=20 warm from the cache (the server `npm run bench`
 *   started, CATALOG_CACHE on, the default);
 * - the same route uncached: a second server on the same database with
 *   CATALOG_CACHE=off (stock Medusa's path: every read queries the database);
 * - a bare Node server answering the very same bytes: what the machine can do
 *   with no framework at all, the ceiling;
 * - the cached server's resident memory, idle and after the load;
 * - two cached servers on the same database and machine, loaded at once (half
 *   the connections each), against the one;
 * - a mix of 80% reads of that route and 20% cart writes (bench/lib/mixed-load.js)
 *   on each server: the cart writes' latency with the cache and without it
 *   shows whether the cache slows writes.
 *
 * Goals (issue 19): ≥ 1,000 requests/s at 10 connections, ≥ 20× the uncached
 * route, p99 < 50 ms.
 */

const http = require("http")
const { freePort } = require("../../bin/lib/embedded-postgres")
const { load, mixedLoad, writableCarts } = require("../lib/mixed-load")
const { residentMb, startServer, stop } = require("../lib/servers")

const ROUTE = "/store/products?limit=20"


async function measure(name, url, headers, options) {
  const run = { url, headers, connections: options.connections }
  await load({ ...run, duration: 2 })
  const result = await load({ ...run, duration: options.duration })
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx answers and ${result.errors} errors`)
  }
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 }
}

module.exports = {
  name: "catalog-cache",
  description: "GET /store/products?limit=20 from the cache, against the route uncached and a bare Node server with the same bytes",
  async run(context, options) {
    const headers = { "x-publishable-api-key": context.publishableKey }
    const cachedUrl = `${context.baseUrl}${ROUTE}`
    const first = await fetch(cachedUrl, { headers })
    const body = Buffer.from(await first.arrayBuffer())
    if (!first.ok) throw new Error(`${ROUTE} → ${first.status}`)
    const idle = residentMb(context.serverPid)

    const results = []
    process.stdout.write(`bench: cached ${ROUTE} for ${options.duration}s with ${options.connections} connections\n`)
    results.push(await measure("cached", cachedUrl, headers, options))
    const loaded = residentMb(context.serverPid)
    const mixes = []
    const mix = async (name, baseUrl) => {
      process.stdout.write(`bench: ${name}, 80% reads of ${ROUTE} and 20% cart writes for ${options.duration}s\n`)
      const carts = await writableCarts(baseUrl, context.publishableKey)
      mixes.push({ name, ...(await mixedLoad({ baseUrl, publishableKey: context.publishableKey, carts, duration: options.duration, connections: options.connections, readPath: () => ROUTE })) })
    }
    await mix("cached", context.baseUrl)

    const secondPort = await freePort()
    process.stdout.write(`bench: a second cached server on port ${secondPort}; both loaded at once, ${options.connections / 2} connections each\n`)
    const second = await startServer(context, context.env, secondPort)
    let pair
    try {
      const urls = [cachedUrl, `http://127.0.0.1:${secondPort}${ROUTE}`]
      await fetch(urls[1], { headers })
      const halves = { headers, connections: Math.max(1, Math.floor(options.connections / 2)) }
      await Promise.all(urls.map((url) => load({ ...halves, url, duration: 2 })))
      const both = await Promise.all(urls.map((url) => load({ ...halves, url, duration: options.duration })))
      if (both.some((result) => result.non2xx > 0 || result.errors > 0)) {
        throw new Error("two servers: non-2xx answers or errors")
      }
      pair = {
        rps: both.reduce((sum, result) => sum + result.requests.average, 0),
        p99: Math.max(...both.map((result) => result.latency.p99)),
      }
    } finally {
      await stop(second)
    }

    const uncachedPort = await freePort()
    process.stdout.write(`bench: a second server with CATALOG_CACHE=off on port ${uncachedPort}\n`)
    const uncached = await startServer(context, { ...context.env, CATALOG_CACHE: "off" }, uncachedPort)
    try {
      process.stdout.write(`bench: uncached ${ROUTE}\n`)
      results.push(await measure("uncached", `http://127.0.0.1:${uncachedPort}${ROUTE}`, headers, options))
      await mix("uncached", `http://127.0.0.1:${uncachedPort}`)
    } finally {
      await stop(uncached)
    }

    const bare = http.createServer((req, res) => {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length })
      res.end(body)
    })
    await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve))
    try {
      process.stdout.write(`bench: a bare Node server answering the same ${body.length} bytes\n`)
      results.push(await measure("bare-node", `http://127.0.0.1:${bare.address().port}${ROUTE}`, headers, options))
    } finally {
      bare.close()
    }

    const [cached, off, node] = results
    process.stdout.write("\n")
    for (const r of results) {
      process.stdout.write(`${r.name.padEnd(10)} ${r.rps.toFixed(1).padStart(9)} req/s   p50 ${String(r.p50).padStart(5)} ms   p99 ${String(r.p99).padStart(5)} ms\n`)
    }
    const speedup = cached.rps / off.rps
    process.stdout.write(
      [
        "",
        `cached / uncached: ×${speedup.toFixed(1)}   (goal ≥ ×20: ${speedup >= 20 ? "met" : "MISSED"})`,
        `cached / bare Node: ×${(cached.rps / node.rps).toFixed(2)}`,
        `cached requests/s: ${cached.rps.toFixed(0)}   (goal ≥ 1,000: ${cached.rps >= 1000 ? "met" : "MISSED"})`,
        `cached p99: ${cached.p99} ms   (goal < 50 ms: ${cached.p99 < 50 ? "met" : "MISSED"})`,
        `server memory: ${idle ?? "?"} MB idle, ${loaded ?? "?"} MB after the load`,
        `two cached servers: ${pair.rps.toFixed(0)} req/s together, p99 ${pair.p99} ms: ×${(pair.rps / cached.rps).toFixed(2)} one server`,
        "",
        `mixed load, ${mixes[0].readers} readers and ${mixes[0].writers} cart writers at once:`,
        ...mixes.map(
          (m) =>
            `  ${m.name.padEnd(9)} reads ${m.reads.rps.toFixed(0).padStart(6)} req/s (p99 ${m.reads.p99} ms)   cart writes ${m.writes.rps.toFixed(1).padStart(6)} req/s   p50 ${m.writes.p50} ms   p99 ${m.writes.p99} ms   ${m.writes.conflicts} answered 409`
        ),
        `  cart write p50 with the cache / without: ×${(mixes[0].writes.p50 / mixes[1].writes.p50).toFixed(2)}   (the cache must not slow writes: ${mixes[0].writes.p50 <= mixes[1].writes.p50 * 1.1 ? "met" : "MISSED"})`,
        "",
      ].join("\n")
    )
    return null
  },
}

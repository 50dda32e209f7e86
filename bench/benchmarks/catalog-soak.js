"use strict"

/**
 * The catalog cache's memory under a long mixed load (issue 19): the server's
 * resident memory idle, then every minute of --duration seconds (600 for the
 * issue's ten minutes) of 80% catalog reads and 20% cart writes
 * (bench/lib/mixed-load.js), and at the end. The reads are spread over
 * thousands of distinct product-list queries, so that the cache fills to its
 * bounds (CACHE_MAX_ENTRIES, CACHE_MAX_MB) and keeps turning over. Goal: under
 * 1 GB resident.
 */

const { mixedLoad, writableCarts } = require("../lib/mixed-load")
const { residentMb } = require("../lib/servers")

const GOAL_MB = 1024
const MINUTE = 60
// limit × offset × order: 50 × 200 × 4 = 40,000 distinct answers, more than CACHE_MAX_ENTRIES' default 10,000.
const LIMITS = 50
const OFFSETS = 200
const ORDERS = ["created_at", "-created_at", "title", "-title"]

const pick = (n) => Math.floor(Math.random() * n)

function readPath() {
  return `/store/products?limit=${1 + pick(LIMITS)}&offset=${pick(OFFSETS)}&order=${ORDERS[pick(ORDERS.length)]}`
}

module.exports = {
  name: "catalog-soak",
  description: "the server's memory through a long mixed load with the catalog cache filling to its bounds",
  async run(context, options) {
    const idle = residentMb(context.serverPid)
    const carts = await writableCarts(context.baseUrl, context.publishableKey)
    const samples = [{ second: 0, mb: idle }]
    const totals = { reads: 0, writes: 0 }
    process.stdout.write(`bench: ${options.duration}s of mixed load on ${options.connections} connections; memory idle ${idle} MB\n`)
    for (let second = 0; second < options.duration; ) {
      const slice = Math.min(MINUTE, options.duration - second)
      const result = await mixedLoad({
        baseUrl: context.baseUrl,
        publishableKey: context.publishableKey,
        carts,
        duration: slice,
        connections: options.connections,
        readPath,
      })
      second += slice
      totals.reads += result.reads.rps * slice
      totals.writes += result.writes.rps * slice
      const mb = residentMb(context.serverPid)
      samples.push({ second, mb })
      process.stdout.write(
        `bench: ${second}s: ${mb} MB resident; this minute ${result.reads.rps.toFixed(0)} reads/s (p99 ${result.reads.p99} ms), ${result.writes.rps.toFixed(1)} cart writes/s (p99 ${result.writes.p99} ms, ${result.writes.conflicts} answered 409)\n`
      )
    }
    const peak = Math.max(...samples.map((sample) => sample.mb ?? 0))
    const last = samples[samples.length - 1].mb
    process.stdout.write(
      [
        "",
        `requests: ${Math.round(totals.reads)} reads over up to ${LIMITS * OFFSETS * ORDERS.length} distinct queries, ${Math.round(totals.writes)} cart writes`,
        `server memory: ${idle} MB idle, ${last} MB after ${options.duration}s of mixed load, peak ${peak} MB   (goal < ${GOAL_MB} MB: ${peak < GOAL_MB ? "met" : "MISSED"})`,
        "",
      ].join("\n")
    )
    return null
  },
}

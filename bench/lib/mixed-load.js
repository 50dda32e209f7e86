"use strict"

/**
 * A storefront's traffic in miniature: catalog reads and cart writes at the
 * same time, 80% reads and 20% writes by connections (8 of 10 by default).
 * Readers load GET /store/products; writers add a line to one of their carts
 * (POST /store/carts/:id/line-items), each request on a cart picked at random
 * so that they do not all wait on one cart's lock.
 */

const autocannon = require("autocannon")
const { client, demoVariants } = require("./store-checkout")

const CARTS = 20

function load(run) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(run, (error, result) => (error ? reject(error) : resolve(result)))
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false })
  })
}

/** Carts to write to, on the given server, each holding a line of a stocked demo variant. */
async function writableCarts(baseUrl, publishableKey) {
  const api = client({ baseUrl, publishableKey })
  const { regions } = await api.get("/store/regions")
  const variantId = (await demoVariants(api))[0][0]
  const cartIds = []
  for (let i = 0; i < CARTS; i++) {
    const { cart } = await api.post("/store/carts", {
      region_id: regions[0].id,
      email: `bench-mix-${Date.now()}-${i}@example.com`,
      items: [{ variant_id: variantId, quantity: 1 }],
    })
    cartIds.push(cart.id)
  }
  return { cartIds, variantId }
}

/**
 * Runs readers and writers side by side for `duration` seconds and answers
 * each side's requests/s, p50 and p99. `readPath()` gives each read's path,
 * so that a caller can spread reads over many cache entries.
 */
async function mixedLoad({ baseUrl, publishableKey, carts, duration, connections = 10, readPath }) {
  const headers = { "content-type": "application/json", "x-publishable-api-key": publishableKey }
  const writers = Math.max(1, Math.round(connections * 0.2))
  const readers = Math.max(1, connections - writers)
  const body = JSON.stringify({ variant_id: carts.variantId, quantity: 1 })
  const pick = () => carts.cartIds[Math.floor(Math.random() * carts.cartIds.length)]
  const [reads, writes] = await Promise.all([
    load({
      url: baseUrl,
      connections: readers,
      duration,
      headers,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: readPath() }) }],
    }),
    load({
      url: baseUrl,
      connections: writers,
      duration,
      headers,
      requests: [{ method: "POST", setupRequest: (request) => ({ ...request, path: `/store/carts/${pick()}/line-items`, body }) }],
    }),
  ])
  // Two writers may add to the same cart at once: the second is answered 409 with Retry-After
  // (nothing changed; a storefront tries again). Those are counted; any other non-2xx fails the run.
  const conflicts = writes.statusCodeStats?.["409"]?.count ?? 0
  for (const [side, result, allowed] of [
    ["reads", reads, 0],
    ["writes", writes, conflicts],
  ]) {
    if (result.non2xx > allowed || result.errors > 0) {
      throw new Error(`mixed load ${side}: ${result.non2xx} non-2xx answers and ${result.errors} errors`)
    }
  }
  const figures = (result) => ({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 })
  return { readers, writers, reads: figures(reads), writes: { ...figures(writes), conflicts } }
}

module.exports = { load, mixedLoad, writableCarts }

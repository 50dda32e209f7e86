"use strict"

/**
 * Live tracking, on this machine:
 *
 * - ingestion: couriers' batches of 100 and of 500 points posted by 4 writers at once to
 *   POST /courier/deliveries/:id/locations, for --duration seconds: points
 *   stored per second (goal ≥ 5,000);
 * - fan-out: 1, 100 and 1,000 EventSource-like watchers on one delivery's
 *   stream, the courier posting one point at a time: the time from the start
 *   of the courier's POST to each watcher's `position` event, p50 and p99
 *   (goal p99 < 200 ms at 1,000 watchers); each level compared with 1 watcher.
 *
 * Setup through the public API (a courier approved by the demo admin, real
 * orders of a customer through the checkout) and `medusa exec` for the
 * deliveries, which the dispatch workflows would create.
 */

const fs = require("fs")
const os = require("os")
const path = require("path")
const http = require("http")
const { runMedusa } = require("../../bin/lib/medusa")

const WRITERS = 4
// A phone sends what it gathered since its last upload: tens of points online, hundreds after a gap.
const BATCHES = [100, 500]
const WATCHER_LEVELS = [1, 100, 1000]
const POSTS_PER_LEVEL = 20
const DEMO_VENDOR = "hauran-bakery"

function client({ baseUrl, publishableKey }) {
  async function call(method, route, body, token) {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${data.message ?? ""}`)
    return data
  }
  return { get: (route, token) => call("GET", route, undefined, token), post: (route, body = {}, token) => call("POST", route, body, token) }
}

async function courier(api) {
  const email = `bench-courier-${Date.now()}@example.com`
  const { token: registration } = await api.post("/auth/courier/emailpass/register", { email, password: "bench-courier" })
  const { courier } = await api.post("/courier/couriers", { first_name: "Bench", last_name: "Rider", phone: "+963944000999", vehicle_type: "motorcycle" }, registration)
  const { token } = await api.post("/auth/token/refresh", {}, registration)
  const admin = await api.post("/auth/user/emailpass", {
    email: process.env.DEMO_ADMIN_EMAIL || "admin@daraa.local",
    password: process.env.DEMO_ADMIN_PASSWORD || "daraa-admin",
  })
  await api.post(`/admin/couriers/${courier.id}/approve`, {}, admin.token)
  return { id: courier.id, token }
}

/** `count` orders of one customer at one demo vendor, through the checkout. */
async function orders(api, count) {
  const email = `bench-watcher-${Date.now()}@example.com`
  const { token: registration } = await api.post("/auth/customer/emailpass/register", { email, password: "bench-customer" })
  await api.post("/store/customers", { email, first_name: "Lina", last_name: "Saleh" }, registration)
  const { token } = await api.post("/auth/customer/emailpass", { email, password: "bench-customer" })
  const { customer } = await api.get("/store/customers/me", token)
  const { token: vendorToken } = await api.post("/auth/vendor/emailpass", { email: `${DEMO_VENDOR}@daraa.local`, password: process.env.DEMO_VENDOR_PASSWORD || "daraa-vendor" })
  const { products } = await api.get("/vendor/products?limit=1", vendorToken)
  const variantId = products[0].variants[0].id
  await api.post(`/vendor/products/${products[0].id}/variants/${variantId}/stock`, { stocked_quantity: 100000 }, vendorToken)
  const { regions } = await api.get("/store/regions")
  const placed = []
  for (let i = 0; i < count; i++) {
    const { cart } = await api.post("/store/carts", { region_id: regions[0].id, items: [{ variant_id: variantId, quantity: 1 }] }, token)
    await api.post(`/store/carts/${cart.id}`, { shipping_address: { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" } }, token)
    const { shipping_options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, token)
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options.find((o) => o.vendor)?.id ?? shipping_options[0].id }, token)
    const { payment_collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, token)
    await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, token)
    const completed = await api.post(`/store/carts/${cart.id}/complete`, {}, token)
    const order = completed.order_group.orders[0]
    placed.push({ id: order.id, vendor_id: order.vendor.id, customer_id: customer.id })
  }
  return { token, placed }
}

async function deliveries(context, courierId, placed) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "daraa-bench-tracking-"))
  try {
    fs.writeFileSync(path.join(directory, "in.json"), JSON.stringify({ courier_id: courierId, orders: placed }))
    await runMedusa(["exec", path.join("bench", "tracking-deliveries.ts"), path.join(directory, "in.json"), path.join(directory, "out.json")], {
      cwd: context.root,
      env: context.env,
      logTo: context.log,
    })
    return JSON.parse(fs.readFileSync(path.join(directory, "out.json"), "utf8"))
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}

/** Points every 10 ms going north, from 23 hours ago, so that every batch is new and within the accepted window. */
function pointClock() {
  let at = Date.now() - 23 * 3600 * 1000
  let north = 0
  return () => {
    at += 10
    north += 0.1
    return { latitude: 32.62 + north / 111195, longitude: 36.1021, recorded_at: new Date(at).toISOString(), speed: 10, accuracy: 5 }
  }
}

async function ingestion(api, rider, deliveryIds, seconds, batch) {
  const clocks = deliveryIds.map(() => pointClock())
  let stored = 0
  const latencies = []
  const until = Date.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    deliveryIds.map(async (id, writer) => {
      while (Date.now() < until) {
        const points = Array.from({ length: batch }, clocks[writer])
        const t = performance.now()
        const answer = await api.post(`/courier/deliveries/${id}/locations`, { points }, rider.token)
        latencies.push(performance.now() - t)
        stored += answer.stored
      }
    })
  )
  return { pointsPerSecond: stored / ((performance.now() - started) / 1000), latencies }
}

/** An EventSource-like watcher: a bare GET, calling back on each `position` event. */
function watch(url, onPosition) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, headers: { accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`))
      response.setEncoding("utf8")
      let buffer = ""
      response.on("data", (chunk) => {
        buffer += chunk
        let end
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (block.includes("event: position")) {
            const data = JSON.parse(block.slice(block.indexOf("data: ") + 6))
            onPosition(data)
          }
        }
      })
      resolve(() => request.destroy())
    })
    request.on("error", reject)
  })
}

async function fanOut(context, api, rider, deliveryId, orderId, customerToken, watchers) {
  const { delivery } = await api.get(`/store/orders/${orderId}/delivery`, customerToken)
  const waiting = new Map()
  const closers = []
  for (let i = 0; i < watchers; i += 50) {
    closers.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, watchers - i) }, () =>
          watch(`${context.baseUrl}${delivery.stream.url}`, (data) => {
            const sample = waiting.get(data.at)
            if (sample) sample.arrived(performance.now())
          })
        )
      ))
    )
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
  const next = pointClock()
  const samples = []
  try {
    for (let post = 0; post < POSTS_PER_LEVEL + 2; post++) {
      const point = { ...next(), recorded_at: new Date(Date.now() - 1000 + post).toISOString() }
      const at = new Date(point.recorded_at).toISOString()
      const times = []
      const done = new Promise((resolve) => {
        waiting.set(at, { arrived: (t) => times.push(t) === watchers && resolve() })
      })
      const started = performance.now()
      await api.post(`/courier/deliveries/${deliveryId}/locations`, { points: [point] }, rider.token)
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))])
      waiting.delete(at)
      if (times.length < watchers) throw new Error(`${watchers - times.length} of ${watchers} watchers missed a position`)
      // The first two posts warm up.
      if (post >= 2) samples.push(...times.map((t) => t - started))
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    closers.forEach((close) => close())
  }
  return samples
}

module.exports = {
  name: "tracking",
  description: "live tracking: points ingested per second, and courier post → SSE watcher latency",
  async run(context, options) {
    const api = client(context)
    process.stdout.write("bench: a courier and orders with deliveries\n")
    const rider = await courier(api)
    const { token: customerToken, placed } = await orders(api, WRITERS + 1)
    const ids = await deliveries(context, rider.id, placed)

    const results = []
    const rates = []
    for (const batch of BATCHES) {
      process.stdout.write(`bench: ingestion, ${WRITERS} writers of ${batch}-point batches for ${options.duration}s\n`)
      await ingestion(api, rider, ids.slice(0, WRITERS), 2, batch)
      const { pointsPerSecond, latencies } = await ingestion(api, rider, ids.slice(0, WRITERS), options.duration, batch)
      rates.push(`ingestion: ${pointsPerSecond.toFixed(0)} points/s in ${batch}-point batches (goal ≥ 5,000: ${pointsPerSecond >= 5000 ? "met" : "MISSED"})\n`)
      results.push({ name: `POST ${batch} points`, description: `one ${batch}-point batch, ${WRITERS} writers at once`, samples: latencies })
    }
    process.stdout.write(`\n${rates.join("")}`)
    for (const watchers of WATCHER_LEVELS) {
      process.stdout.write(`bench: fan-out to ${watchers} watcher(s)\n`)
      results.push({
        name: `post → ${watchers} watcher(s)`,
        description: `from the courier's POST of one point to each of ${watchers} SSE watchers' position event${watchers === 1000 ? " (goal p99 < 200 ms)" : ""}`,
        samples: await fanOut(context, api, rider, ids[WRITERS], placed[WRITERS].id, customerToken, watchers),
        ...(watchers > 1 ? { baseline: "post → 1 watcher(s)" } : {}),
      })
    }
    return results
  },
}

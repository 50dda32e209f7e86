"use strict"

/**
 * Checkout under load (issue 19): --shoppers (default 50) shoppers at once,
 * each building a 3-vendor cart through the store API and completing it, on
 * one server instance and then on two (a second `medusa start` on the same
 * database, shoppers taking turns between them; each cart is built on one
 * instance and completed on the other).
 *
 * Every shopper buys the same three products (one at each demo vendor): the
 * worst case for the stock locks a checkout takes.
 *
 * For each run it prints whole checkouts per second, p50 and p95 of the
 * complete call (goal p95 < 1.2 s, the threshold of Medusa's own k6 test for
 * complete), how many 409s were tried again, and proves from the database
 * that every cart became exactly one order group of three orders: none lost,
 * none doubled. A deadlock would show as a failed or unanswered complete.
 */

const { freePort } = require("../../bin/lib/embedded-postgres")
const { query } = require("../../bin/lib/database")
const { client, demoVariants, readyCart } = require("../lib/store-checkout")
const { startServer, stop } = require("../lib/servers")

const GOAL_P95_MS = 1200

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

const RETRIES = 5

/**
 * One shopper: a ready 3-vendor cart on `build`, completed on `complete`, the
 * complete call timed. A 409 (other checkouts hold the same products' stock
 * locks; nothing was changed) is tried again after its Retry-After, as a
 * storefront would, and counted.
 */
async function shop(build, complete, regionId, variantIds, counts = { retries: 0 }) {
  const cartId = await readyCart(build, regionId, variantIds)
  const started = performance.now()
  let answer
  for (let attempt = 1; ; attempt++) {
    try {
      answer = await complete.post(`/store/carts/${cartId}/complete`)
      break
    } catch (error) {
      if (!/→ 409/.test(error.message) || attempt > RETRIES) {
        throw error
      }
      counts.retries++
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  const elapsed = performance.now() - started
  if (answer.type !== "order" || answer.order_group.orders.length !== variantIds.length) {
    throw new Error(`cart ${cartId} did not complete into ${variantIds.length} orders`)
  }
  return { cartId, elapsed }
}

/** The link table holding both columns (Medusa names link tables after their modules). */
async function linkTable(databaseUrl, left, right) {
  const rows = await query(
    databaseUrl,
    `select a.table_name from information_schema.columns a
       join information_schema.columns b on b.table_name = a.table_name and b.table_schema = a.table_schema and b.column_name = $2
      where a.column_name = $1 and a.table_schema = 'public'
        -- A link table holds its id, the two ids and the three timestamps, nothing else.
        and (select count(*) from information_schema.columns c where c.table_name = a.table_name and c.table_schema = a.table_schema) = 6`,
    [left, right]
  )
  if (rows.length !== 1) {
    throw new Error(`expected one link table of ${left} and ${right}, found ${rows.map((row) => row.table_name).join(", ") || "none"}`)
  }
  return `"${rows[0].table_name}"`
}

/** Every cart is one order group with one order per vendor, and the cart holds no order outside it. */
async function checkOrders(databaseUrl, cartIds, vendors) {
  const groupOrders = await linkTable(databaseUrl, "order_group_id", "order_id")
  const cartOrders = await linkTable(databaseUrl, "order_id", "cart_id")
  const rows = await query(
    databaseUrl,
    `select g.cart_id,
            (select count(*) from order_group other where other.cart_id = g.cart_id and other.deleted_at is null)::int as groups,
            (select count(*) from ${groupOrders} l where l.order_group_id = g.id and l.deleted_at is null)::int as orders,
            (select count(*) from ${cartOrders} c where c.cart_id = g.cart_id and c.deleted_at is null)::int as cart_orders
       from order_group g
      where g.cart_id = any($1) and g.deleted_at is null`,
    [cartIds]
  )
  const byCart = new Map(rows.map((row) => [row.cart_id, row]))
  const wrong = cartIds.filter((id) => {
    const row = byCart.get(id)
    return !row || row.groups !== 1 || row.orders !== vendors || row.cart_orders !== vendors
  })
  if (wrong.length) {
    throw new Error(`${wrong.length} of ${cartIds.length} carts are not one group of ${vendors} orders: ${wrong.slice(0, 5).join(", ")}`)
  }
}

async function run(label, instances, shoppers, regionId, variantIds, databaseUrl) {
  process.stdout.write(`bench: ${shoppers} shoppers at once on ${label}\n`)
  const started = performance.now()
  const counts = { retries: 0 }
  const outcomes = await Promise.allSettled(
    Array.from({ length: shoppers }, (_, index) => {
      const build = instances[index % instances.length]
      const complete = instances[(index + 1) % instances.length]
      return shop(build, complete, regionId, variantIds, counts)
    })
  )
  const seconds = (performance.now() - started) / 1000
  const failed = outcomes.filter((outcome) => outcome.status === "rejected")
  if (failed.length) {
    throw new Error(`${failed.length} of ${shoppers} checkouts failed; the first: ${failed[0].reason.message}`)
  }
  const done = outcomes.map((outcome) => outcome.value)
  await checkOrders(databaseUrl, done.map(({ cartId }) => cartId), variantIds.length)
  const sorted = done.map(({ elapsed }) => elapsed).sort((a, b) => a - b)
  return { label, shoppers, seconds, perSecond: shoppers / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), retries: counts.retries }
}

module.exports = {
  name: "checkout-load",
  description: "50 shoppers building and completing 3-vendor carts at once, on one server instance and on two",
  async run(context, options) {
    const shoppers = options.shoppers ?? 50
    const first = client(context)
    const { regions } = await first.get("/store/regions")
    const variantIds = (await demoVariants(first)).map((variants) => variants[0])

    // A warm-up checkout, so that the first shoppers do not pay for JIT and cold pools.
    await shop(first, first, regions[0].id, variantIds)
    const one = await run("1 instance", [first], shoppers, regions[0].id, variantIds, context.databaseUrl)

    const port = await freePort()
    process.stdout.write(`bench: a second instance on port ${port}, same database\n`)
    const second = await startServer(context, context.env, port)
    let two
    try {
      const other = client({ baseUrl: `http://127.0.0.1:${port}`, publishableKey: context.publishableKey })
      await shop(other, first, regions[0].id, variantIds)
      two = await run("2 instances", [first, other], shoppers, regions[0].id, variantIds, context.databaseUrl)
    } finally {
      await stop(second)
    }

    process.stdout.write("\n")
    for (const r of [one, two]) {
      process.stdout.write(
        `${r.label.padEnd(12)} ${r.shoppers} checkouts in ${r.seconds.toFixed(1)} s: ${r.perSecond.toFixed(2)}/s   complete p50 ${r.p50.toFixed(0)} ms   p95 ${r.p95.toFixed(0)} ms   (goal p95 < ${GOAL_P95_MS} ms: ${r.p95 < GOAL_P95_MS ? "met" : "MISSED"})   409s tried again: ${r.retries}\n`
      )
    }
    process.stdout.write(
      [
        "",
        `2 instances / 1: ×${(two.perSecond / one.perSecond).toFixed(2)} checkouts per second, complete p95 ×${(two.p95 / one.p95).toFixed(2)}`,
        "every cart is one order group of 3 orders, in both runs: none lost, none doubled",
        "",
      ].join("\n")
    )
    return null
  },
}

"use strict"

/**
 * What a 3-vendor checkout costs against a stock Medusa checkout.
 *
 * A cart completes once, so this is not an autocannon load: it prepares ready
 * carts through the store API (three lines each, either one line at each demo
 * vendor or three lines at one of them), then times their completion one at a
 * time, the kinds interleaved so that drift hits them alike:
 *
 * - over HTTP, `POST /store/carts/:id/complete` (our route) for 3-vendor and
 *   single-vendor carts; a single-vendor cart takes the split path with one
 *   order, the closest HTTP gets to stock since our route replaces Medusa's;
 * - in-process (`medusa exec bench/checkout-workflows.ts`), Medusa's own
 *   `completeCartWorkflow` on single-vendor carts, the true baseline, beside
 *   `completeMarketplaceCartWorkflow` on both kinds.
 */

const fs = require("fs")
const os = require("os")
const path = require("path")
const { runMedusa } = require("../../bin/lib/medusa")

const { LINES_PER_CART, client, demoVariants, readyCart } = require("../lib/store-checkout")

const WARM_UP = 3
const PREPARE_IN_PARALLEL = 4
// A pause after each completion, so that its event reactions (notifications,
// commission, low stock) run in the server before the next one is timed.
const SETTLE_MS = 250

const settle = (ms = SETTLE_MS) => new Promise((resolve) => setTimeout(resolve, ms))

/** `count` carts of each kind; single-vendor carts take turns among the vendors. */
async function prepareCarts(api, regionId, variantsByVendor, kinds, count) {
  const lines = {
    three: () => variantsByVendor.map((variants) => variants[0]),
    single: (index) => variantsByVendor[index % variantsByVendor.length],
  }
  const jobs = kinds.flatMap(({ name, vendors }) => Array.from({ length: count }, (_, index) => ({ name, variants: lines[vendors](index) })))
  const carts = Object.fromEntries(kinds.map(({ name }) => [name, []]))
  let next = 0
  await Promise.all(
    Array.from({ length: PREPARE_IN_PARALLEL }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]
        carts[job.name].push(await readyCart(api, regionId, job.variants))
      }
    })
  )
  return carts
}

/** Completes the carts over HTTP, one at a time, kinds interleaved; the first WARM_UP rounds are not counted. */
async function timeOverHttp(api, carts, kinds) {
  const samples = Object.fromEntries(kinds.map(({ name }) => [name, []]))
  const rounds = Math.min(...kinds.map(({ name }) => carts[name].length))
  for (let round = 0; round < rounds; round++) {
    // Alternate which kind goes first, so neither always follows the other.
    const ordered = round % 2 ? [...kinds].reverse() : kinds
    for (const { name, orders } of ordered) {
      const started = performance.now()
      const answer = await api.post(`/store/carts/${carts[name][round]}/complete`)
      const elapsed = performance.now() - started
      if (answer.type !== "order" || answer.order_group.orders.length !== orders) {
        throw new Error(`${name}: cart ${carts[name][round]} did not complete into ${orders} orders`)
      }
      if (round >= WARM_UP) {
        samples[name].push(elapsed)
      }
      await settle()
    }
  }
  return samples
}

/** Runs bench/checkout-workflows.ts with `medusa exec` on the same database and reads its samples. */
async function timeInProcess(context, carts) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "daraa-bench-checkout-"))
  const input = path.join(directory, "carts.json")
  const output = path.join(directory, "samples.json")
  try {
    fs.writeFileSync(input, JSON.stringify({ warm_up: WARM_UP, carts }))
    await runMedusa(["exec", path.join("bench", "checkout-workflows.ts"), input, output], {
      cwd: context.root,
      // Medusa's own completion would otherwise complete the cart as a group (src/workflows/hooks/complete-cart-vendors.ts).
      env: { ...context.env, DARAA_BENCH_STOCK_CHECKOUT: "true" },
      logTo: context.log,
    })
    return JSON.parse(fs.readFileSync(output, "utf8"))
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}

module.exports = {
  name: "checkout",
  description: "completing 3-vendor carts against stock single-vendor checkouts",
  async run(context, options) {
    const api = client(context)
    const count = options.samples + WARM_UP
    const { regions } = await api.get("/store/regions")
    const variantsByVendor = await demoVariants(api)

    const httpKinds = [
      { name: "http-single", vendors: "single", orders: 1 },
      { name: "http-three", vendors: "three", orders: 3 },
    ]
    const workflowKinds = [
      { name: "stock-single", vendors: "single" },
      { name: "split-single", vendors: "single" },
      { name: "split-three", vendors: "three" },
    ]
    process.stdout.write(`bench: preparing ${count * (httpKinds.length + workflowKinds.length)} carts of ${LINES_PER_CART} lines\n`)
    const carts = await prepareCarts(api, regions[0].id, variantsByVendor, [...httpKinds, ...workflowKinds], count)

    process.stdout.write("bench: completing carts over HTTP\n")
    const http = await timeOverHttp(api, carts, httpKinds)
    process.stdout.write("bench: completing carts in-process with medusa exec\n")
    await settle(2000)
    const inProcess = await timeInProcess(context, Object.fromEntries(workflowKinds.map(({ name }) => [name, carts[name]])))

    return [
      {
        name: "workflow stock 1-vendor",
        description: "Medusa's completeCartWorkflow on a single-vendor cart, in-process: the stock checkout (baseline)",
        samples: inProcess["stock-single"],
      },
      {
        name: "workflow split 1-vendor",
        description: "completeMarketplaceCartWorkflow on a single-vendor cart, in-process: a group of one order",
        samples: inProcess["split-single"],
        baseline: "workflow stock 1-vendor",
      },
      {
        name: "workflow split 3-vendor",
        description: "completeMarketplaceCartWorkflow on a 3-vendor cart, in-process: a group of three orders",
        samples: inProcess["split-three"],
        baseline: "workflow stock 1-vendor",
        goal: 1.3,
      },
      {
        name: "http 1-vendor",
        description: "POST /store/carts/:id/complete (our route) on a single-vendor cart",
        samples: http["http-single"],
      },
      {
        name: "http 3-vendor",
        description: "POST /store/carts/:id/complete (our route) on a 3-vendor cart",
        samples: http["http-three"],
        baseline: "http 1-vendor",
      },
    ]
  },
}

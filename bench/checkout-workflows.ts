import fs from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { completeMarketplaceCartWorkflow } from "../src/workflows/order-group/workflows/complete-marketplace-cart"

/**
 * Bench only, run by bench/benchmarks/checkout.js:
 * `medusa exec bench/checkout-workflows.ts <carts.json> <samples.json>`.
 *
 * Over HTTP our route replaces Medusa's, so the stock checkout can only be
 * timed here: Medusa's `completeCartWorkflow` on single-vendor carts beside
 * our `completeMarketplaceCartWorkflow`, in the same process, one cart at a
 * time, the kinds interleaved. Writes each kind's durations in milliseconds.
 */
type Input = {
  warm_up: number
  carts: { "stock-single": string[]; "split-single": string[]; "split-three": string[] }
}

export default async function timeCheckoutWorkflows({ container, args }: ExecArgs) {
  const [inputPath, outputPath] = args
  const { warm_up, carts } = JSON.parse(fs.readFileSync(inputPath, "utf8")) as Input
  const complete: Record<keyof Input["carts"], (cartId: string) => Promise<unknown>> = {
    "stock-single": (id) => completeCartWorkflow(container).run({ input: { id } }),
    "split-single": (id) => completeMarketplaceCartWorkflow(container).run({ input: { id } }),
    "split-three": (id) => completeMarketplaceCartWorkflow(container).run({ input: { id } }),
  }
  const kinds = Object.keys(complete) as (keyof Input["carts"])[]
  const samples = Object.fromEntries(kinds.map((kind) => [kind, [] as number[]]))
  const rounds = Math.min(...kinds.map((kind) => carts[kind].length))
  for (let round = 0; round < rounds; round++) {
    // Each kind takes its turn at going first.
    const ordered = kinds.map((_, index) => kinds[(index + round) % kinds.length])
    for (const kind of ordered) {
      const started = performance.now()
      await complete[kind](carts[kind][round])
      const elapsed = performance.now() - started
      if (round >= warm_up) {
        samples[kind].push(elapsed)
      }
    }
  }
  fs.writeFileSync(outputPath, JSON.stringify(samples))
}

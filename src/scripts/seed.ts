import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoMarketplace } from "./demo/seed-demo-marketplace"

/**
 * `npm run seed` (or `medusa exec ./src/scripts/seed.ts`): the demo
 * marketplace. Safe to run again; it only adds what is missing.
 */
export default async function seed({ container }: ExecArgs) {
  await seedDemoMarketplace(container)
}

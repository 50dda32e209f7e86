import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEFAULT_PAYOUT_SCHEDULE } from "../modules/payout/payout-schedule"
import { runPayouts } from "../workflows/payout/run-payouts"

/**
 * Pays every vendor and courier its available balance, on PAYOUT_SCHEDULE
 * (weekly by default; docs/payouts.md). Running it again, or on two workers
 * at once, pays nobody twice.
 */
export default async function runScheduledPayouts(container: MedusaContainer) {
  const summary = await runPayouts(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Payout run: ${summary.payout_ids.length} payouts opened, ${summary.skipped} skipped, ${summary.errors} errors.`)
  return summary
}

export const config = {
  name: "run-payouts",
  // medusa-config.ts checks PAYOUT_SCHEDULE at boot; the job reads the same variable.
  schedule: process.env.PAYOUT_SCHEDULE || DEFAULT_PAYOUT_SCHEDULE,
}

import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { lotsExpiringWithin } from "../../../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export const EXPIRY_WARNING_DAYS = 7

export type ExpiryRun = {
  expired: { customer_id: string; points: number; entry_ids: string[] }[]
  warnings: { customer_id: string; points: number; expires_at: string }[]
}

/**
 * Expires every lot whose date has passed, oldest first, per customer under
 * the customer's lock, and finds the lots expiring within 7 days that were not
 * announced yet (each announced once). The expired entries are the
 * compensation-free end of the run: expiry is idempotent per lot.
 */
export const expirePointsStep = createStep("expire-points", async (input: { now?: string }, { container }) => {
  const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const now = input.now ? new Date(input.now) : new Date()
  const horizon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 24 * 60 * 60 * 1000)
  const run: ExpiryRun = { expired: [], warnings: [] }
  for (const customerId of await loyalty.customersWithLotsExpiringBy(horizon)) {
    const expired = await loyalty.expireCustomerPoints(customerId, now)
    if (expired.length) {
      run.expired.push({ customer_id: customerId, points: -expired.reduce((sum, entry) => sum + entry.points, 0), entry_ids: expired.map((entry) => entry.id) })
    }
    const soon = lotsExpiringWithin(await loyalty.customerEntries(customerId), now, EXPIRY_WARNING_DAYS)
    const announced: typeof soon = []
    for (const lot of soon) {
      if (await loyalty.claimExpiryWarning(lot.entry_id, customerId)) {
        announced.push(lot)
      }
    }
    if (announced.length) {
      const first = announced.reduce((earliest, lot) => (lot.expires_at! < earliest ? lot.expires_at! : earliest), announced[0].expires_at!)
      run.warnings.push({ customer_id: customerId, points: announced.reduce((sum, lot) => sum + lot.remaining, 0), expires_at: first.toISOString() })
    }
  }
  return new StepResponse(run)
})

/** The daily expiry of points (src/jobs/expire-loyalty-points.ts). */
export const expirePointsWorkflow = createWorkflow("expire-points", (input: { now?: string }) => {
  return new WorkflowResponse(expirePointsStep(input))
})

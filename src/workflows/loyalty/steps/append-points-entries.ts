import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { AppendPointsInput, PointsEntryRow } from "../../../modules/loyalty/service"

export const appendPointsEntriesStepId = "append-points-entries"

/**
 * Appends points entries, each once per idempotency key. The compensation
 * removes only the entries this step wrote (a replayed key wrote nothing).
 */
export const appendPointsEntriesStep = createStep(
  appendPointsEntriesStepId,
  async (entries: AppendPointsInput[], { container }) => {
    const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const written: { entry: PointsEntryRow; created: boolean }[] = []
    for (const input of entries) {
      written.push(await loyalty.appendPointsEntry(input))
    }
    return new StepResponse(
      written,
      written.filter((item) => item.created).map((item) => item.entry.id)
    )
  },
  async (createdIds, { container }) => {
    const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    for (const id of createdIds ?? []) {
      await loyalty.removeUncommittedEntry(id)
    }
  }
)

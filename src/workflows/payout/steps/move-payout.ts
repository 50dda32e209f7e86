import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutStatus } from "../../../modules/payout/models/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const movePayoutStepId = "move-payout"

export type MovePayoutInput = {
  payout_id: string
  from: readonly PayoutStatus[]
  to: PayoutStatus
  patch?: Record<string, unknown>
  /**
   * When the payout is already in one of these (usually `to`: a repeated
   * request), answer it unchanged (`moved: false`) instead of 409.
   */
  unchanged_if_in?: readonly PayoutStatus[]
}

/**
 * Moves a payout by compare-and-set: when it is no longer in one of `from`
 * (another request moved it first), 409 and nothing changes. Undone by moving
 * it back to the status it had.
 */
export const movePayoutStep = createStep(
  movePayoutStepId,
  async (input: MovePayoutInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const [before] = await payouts.listPayouts({ id: input.payout_id }, { take: 1 })
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${input.payout_id} was not found.`)
    }
    const result = await payouts.movePayout(input.payout_id, input.from, input.to, input.patch ?? {})
    if (!result) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${input.payout_id} was not found.`)
    }
    if (!result.moved) {
      if (input.unchanged_if_in?.includes(result.payout.status)) {
        return new StepResponse({ moved: false, payout: result.payout }, null)
      }
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Payout ${input.payout_id} is ${result.payout.status}; it can become ${input.to} only from ${input.from.join(" or ")}.`
      )
    }
    const moved = result.payout
    return new StepResponse({ moved: true, payout: moved as Record<string, any> }, { before, to: input.to })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const { before } = undo
    const restore: Record<string, unknown> = {}
    for (const key of ["provider_reference", "failure_reason", "decided_by", "decision_reason", "decided_at", "processing_at", "paid_at", "failed_at", "marked_paid_by", "open_key"]) {
      restore[key] = (before as any)[key] ?? null
    }
    await container.resolve<PayoutModuleService>(PAYOUT_MODULE).movePayout(before.id, [undo.to], before.status, restore)
  }
)

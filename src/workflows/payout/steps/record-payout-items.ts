import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutItemDraft } from "../../../modules/payout/payout-selection"
import type PayoutModuleService from "../../../modules/payout/service"

export const recordPayoutItemsStepId = "record-payout-items"

/** Writes the payout's amount and the earnings it pays. Undone by removing the items and the amount. */
export const recordPayoutItemsStep = createStep(
  recordPayoutItemsStepId,
  async (input: { payout_id: string; amount: string; items: PayoutItemDraft[] }, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    // Decimal strings keep the ledger's exact amounts (bigNumber columns take them as they are).
    await payouts.updatePayouts({ id: input.payout_id, amount: input.amount as unknown as number })
    const items = input.items.length
      ? await payouts.createPayoutItems(
          input.items.map((item) => ({
            ...item,
            gross: item.gross as unknown as number,
            commission: item.commission as unknown as number,
            fees: item.fees as unknown as number,
            net: item.net as unknown as number,
            payout_id: input.payout_id,
          }))
        )
      : []
    return new StepResponse(items.length, { payout_id: input.payout_id, item_ids: items.map((item) => item.id) })
  },
  async (recorded, { container }) => {
    if (!recorded) {
      return
    }
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    if (recorded.item_ids.length) {
      await payouts.deletePayoutItems(recorded.item_ids)
    }
    await payouts.updatePayouts({ id: recorded.payout_id, amount: 0 })
  }
)

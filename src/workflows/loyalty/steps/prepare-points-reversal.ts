import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorOrderAmounts } from "../../../events"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { pointsToReverse } from "../../../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { AppendPointsInput } from "../../../modules/loyalty/service"

export const preparePointsReversalStepId = "prepare-points-reversal"

/**
 * When a refund or a received return lowers an order's sales after it earned
 * points, the points it no longer deserves, in proportion, as one `reversed`
 * entry per cause (`reverse:<order>:<cause>`). The balance may go below zero
 * when the points were spent already. Writes nothing.
 */
export const preparePointsReversalStep = createStep(
  preparePointsReversalStepId,
  async (input: { order_id: string; cause: string; amounts: VendorOrderAmounts }, { container }) => {
    const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const [earned] = await loyalty.listPointsEntries({ idempotency_key: `earn:${input.order_id}` })
    if (!earned || earned.value === null || earned.value === undefined) {
      return new StepResponse([] as AppendPointsInput[])
    }
    const reversals = await loyalty.listPointsEntries({ reference_type: "order", reference_id: input.order_id, type: "reversed" })
    const points = pointsToReverse({
      earned: earned.points,
      earned_value: (earned as any).raw_value ?? earned.value,
      current_value: MathBN.add(input.amounts.vendor_net, input.amounts.commission),
      already_reversed: reversals.reduce((sum, entry) => sum - entry.points, 0),
    })
    if (!points) {
      return new StepResponse([] as AppendPointsInput[])
    }
    return new StepResponse([
      {
        customer_id: earned.customer_id,
        type: "reversed",
        points: -points,
        reference_type: "order",
        reference_id: input.order_id,
        idempotency_key: `reverse:${input.order_id}:${input.cause}`,
        currency_code: earned.currency_code,
        note: input.cause,
      },
    ] as AppendPointsInput[])
  }
)

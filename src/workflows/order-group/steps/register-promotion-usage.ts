import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type PromotionUsageInput = {
  computedActions: { amount: any; code: string }[]
  registrationContext: { customer_id: string | null; customer_email: string | null }
}

export const registerPromotionUsageStepId = "register-marketplace-promotion-usage"

/** Counts the cart's promotions as used once for the whole checkout, however many orders it became. */
export const registerPromotionUsageStep = createStep(
  registerPromotionUsageStepId,
  async (input: PromotionUsageInput, { container }) => {
    if (!input.computedActions.length) {
      return new StepResponse(null, null)
    }
    await container.resolve(Modules.PROMOTION).registerUsage(input.computedActions as any, input.registrationContext as any)
    return new StepResponse(null, input)
  },
  async (input, { container }) => {
    if (!input?.computedActions.length) {
      return
    }
    await container.resolve(Modules.PROMOTION).revertUsage(input.computedActions as any, input.registrationContext as any)
  }
)

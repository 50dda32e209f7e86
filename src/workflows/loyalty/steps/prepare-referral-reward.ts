import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { addMonths } from "../../../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { AppendPointsInput } from "../../../modules/loyalty/service"

export const prepareReferralRewardStepId = "prepare-referral-reward"

/**
 * When a referred customer's vendor order is delivered and their referral
 * is still pending, both sides earn the configured reward, each once
 * (`referral:<id>:referrer`, `referral:<id>:referred`). Writes nothing.
 */
export const prepareReferralRewardStep = createStep(
  prepareReferralRewardStepId,
  async (input: { customer_id: string | null; order_id: string }, { container }) => {
    if (!input.customer_id) {
      return new StepResponse(null)
    }
    const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const [referral] = await loyalty.listReferrals({ referred_customer_id: input.customer_id, status: "pending" })
    if (!referral) {
      return new StepResponse(null)
    }
    const settings = await loyalty.currentSettings()
    const expiresAt = addMonths(new Date(), settings.expiry_months)
    const reward = (customerId: string, side: "referrer" | "referred"): AppendPointsInput => ({
      customer_id: customerId,
      type: "earned",
      points: settings.referral_reward_points,
      reference_type: "referral",
      reference_id: referral.id,
      idempotency_key: `referral:${referral.id}:${side}`,
      expires_at: expiresAt,
    })
    const entries = settings.referral_reward_points > 0
      ? [reward(referral.referrer_customer_id, "referrer"), reward(referral.referred_customer_id, "referred")]
      : []
    return new StepResponse({ referral_id: referral.id, order_id: input.order_id, entries })
  }
)

export const markReferralRewardedStep = createStep(
  "mark-referral-rewarded",
  async (input: { referral_id: string; order_id: string }, { container }) => {
    const marked = await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).markReferralRewarded(input.referral_id, input.order_id)
    return new StepResponse(marked, marked ? input.referral_id : null)
  },
  async (referralId, { container }) => {
    if (referralId) {
      await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).updateReferrals({ id: referralId, status: "pending", rewarded_order_id: null, rewarded_at: null })
    }
  }
)

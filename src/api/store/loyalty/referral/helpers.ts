import type { MedusaContainer } from "@medusajs/framework/types"
import { randomBytes } from "crypto"
import { LOYALTY_MODULE } from "../../../../modules/loyalty"
import { referralCodeFrom } from "../../../../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../../../../modules/loyalty/service"

/** A customer's referral code, made once: a code taken by someone else, or a parallel first ask, is retried. */
async function referralCodeOf(loyalty: LoyaltyModuleService, customerId: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [existing] = await loyalty.listReferralCodes({ customer_id: customerId })
    if (existing) {
      return existing.code
    }
    try {
      const created = await loyalty.createReferralCodes({ customer_id: customerId, code: referralCodeFrom(randomBytes(8)) })
      return created.code
    } catch {
      // A unique code or customer collided; read again.
    }
  }
  throw new Error(`Could not make a referral code for ${customerId}.`)
}

export async function referralView(scope: MedusaContainer, customerId: string) {
  const loyalty = scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const [code, settings, referred, [referredBy]] = await Promise.all([
    referralCodeOf(loyalty, customerId),
    loyalty.currentSettings(),
    loyalty.listReferrals({ referrer_customer_id: customerId }, { select: ["status"] }),
    loyalty.listReferrals({ referred_customer_id: customerId }, { select: ["code", "status"] }),
  ])
  return {
    code,
    reward_points: settings.referral_reward_points,
    referred_count: referred.length,
    rewarded_count: referred.filter((referral) => referral.status === "rewarded").length,
    referred_by: referredBy ? { code: referredBy.code, status: referredBy.status } : null,
  }
}

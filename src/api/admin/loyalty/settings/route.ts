import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../modules/loyalty/service"
import type { AdminUpdateLoyaltySettingsType } from "../validators"

const view = ({ id, currencies, max_redeem_share, expiry_months, referral_reward_points, discount_funded_by, updated_at }: any) => ({
  id,
  currencies,
  max_redeem_share,
  expiry_months,
  referral_reward_points,
  discount_funded_by,
  updated_at,
})

/** The programme's settings: per currency the earn rate and the point value; the share of a cart points may pay; expiry; the referral reward; who funds discounts. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ settings: view(await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).currentSettings()) })
}

/** Changes some settings; `currencies` replaces the whole list of rates. Earnings already made keep their points. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateLoyaltySettingsType>, res: MedusaResponse) => {
  const loyalty = req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const current = await loyalty.currentSettings()
  const updated = await loyalty.updateLoyaltySettings({ id: current.id, ...(req.validatedBody as Record<string, unknown>) })
  res.json({ settings: view(updated) })
}

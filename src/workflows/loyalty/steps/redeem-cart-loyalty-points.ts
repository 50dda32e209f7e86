import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import { maxPointsForCart } from "../points-value"
import { loyaltyLinesOf } from "./validate-cart-loyalty-points"

export const redeemCartLoyaltyPointsStepId = "redeem-cart-loyalty-points"

/**
 * At checkout, spends the points a cart carries, exactly once
 * (`redeem:<cart>`): the balance is read again under the customer's lock, so
 * two carts holding the same points complete one, and the other gets a 400.
 * The share of the cart is checked again, as the cart may have changed since
 * the points were applied. If the checkout fails after this step, the
 * compensation removes the entry: a cart that does not complete spends
 * nothing.
 */
export const redeemCartLoyaltyPointsStep = createStep(
  redeemCartLoyaltyPointsStepId,
  async (input: { cart: any }, { container }) => {
    const { lines, applied, totalBeforePoints } = loyaltyLinesOf(input.cart)
    if (!lines.length) {
      return new StepResponse(null, null)
    }
    const customerId = input.cart.customer_id as string | null
    if (!customerId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "points: only a signed-in customer's cart can be paid with points.")
    }
    const points = lines.reduce((sum: number, line: any) => sum + Number(line.metadata?.points ?? 0), 0)
    const pointValue = MathBN.div(applied, points || 1)
    const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const settings = await loyalty.currentSettings()
    const maxPoints = maxPointsForCart(totalBeforePoints, settings.max_redeem_share, pointValue)
    if (points > maxPoints) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `points: the cart changed, and points may now pay at most ${Math.round(settings.max_redeem_share * 100)}% of it, ${maxPoints} points; apply fewer points.`
      )
    }
    const { entry, created } = await loyalty.redeemPoints({
      customer_id: customerId,
      points,
      reference_type: "cart",
      reference_id: input.cart.id,
      idempotency_key: `redeem:${input.cart.id}`,
      currency_code: input.cart.currency_code,
      value: MathBN.convert(applied).toFixed(),
    })
    return new StepResponse(entry, created ? entry.id : null)
  },
  async (entryId, { container }) => {
    if (entryId) {
      await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).removeUncommittedEntry(entryId)
    }
  }
)

import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import { LOYALTY_CREDIT_REFERENCE, maxPointsForCart, pointsValue, ratesFor } from "../points-value"

export const validateCartLoyaltyPointsStepId = "validate-cart-loyalty-points"

export type CartLoyaltyPointsInput = { cart_id: string; customer_id: string; points?: number }

export type CartLoyaltyPlan = {
  cart_id: string
  /** The cart's credit lines that carry points now (replaced or removed). */
  existing_credit_line_ids: string[]
  credit_line: { cart_id: string; amount: number; reference: string; reference_id: string; metadata: Record<string, unknown> } | null
}

/** A cart's points credit lines, and the cart's total as it would be without them. */
export function loyaltyLinesOf(cart: any) {
  const lines = ((cart.credit_lines ?? []) as any[]).filter((line) => line && line.reference === LOYALTY_CREDIT_REFERENCE)
  const applied = lines.reduce((sum, line) => MathBN.add(sum, line.raw_amount ?? line.amount), MathBN.convert(0))
  return { lines, applied, totalBeforePoints: MathBN.add(cart.raw_total ?? cart.total ?? 0, applied) }
}

/**
 * Checks a request to pay part of a cart with points (or to remove them):
 * the cart is the customer's (404 otherwise, as for a cart that does not
 * exist) and not completed (409); the points are within the balance and
 * within the share of the cart points may pay (400 naming the limit). Writes
 * nothing; answers the credit line to write.
 */
export const validateCartLoyaltyPointsStep = createStep(validateCartLoyaltyPointsStepId, async (input: CartLoyaltyPointsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "currency_code", "total", "credit_lines.*"],
    filters: { id: input.cart_id },
  })
  if (!cart || (cart as any).customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
  }
  if ((cart as any).completed_at) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Cart ${input.cart_id} is already completed; its points cannot change.`)
  }
  const { lines, totalBeforePoints } = loyaltyLinesOf(cart)
  const plan: CartLoyaltyPlan = { cart_id: input.cart_id, existing_credit_line_ids: lines.map((line) => line.id), credit_line: null }
  if (input.points === undefined) {
    return new StepResponse(plan)
  }

  const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const settings = await loyalty.currentSettings()
  const currency = (cart as any).currency_code as string
  const rates = ratesFor(settings.currencies, currency)
  if (!rates) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `points: points cannot be redeemed in ${currency.toUpperCase()}.`)
  }
  const balance = await loyalty.pointsBalance(input.customer_id)
  if (input.points > balance) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `points: ${input.points} points exceed your balance of ${Math.max(balance, 0)} points.`
    )
  }
  const maxPoints = maxPointsForCart(totalBeforePoints, settings.max_redeem_share, rates.point_value)
  if (input.points > maxPoints) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `points: points may pay at most ${Math.round(settings.max_redeem_share * 100)}% of this cart, which is ${maxPoints} points; ${input.points} asked.`
    )
  }
  const amount = pointsValue(input.points, rates.point_value, currency)
  if (amount <= 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `points: ${input.points} points are worth less than the smallest amount in ${currency.toUpperCase()}.`)
  }
  plan.credit_line = {
    cart_id: input.cart_id,
    amount,
    reference: LOYALTY_CREDIT_REFERENCE,
    reference_id: input.customer_id,
    metadata: { points: input.points, point_value: rates.point_value, funded_by: settings.discount_funded_by },
  }
  return new StepResponse(plan)
})

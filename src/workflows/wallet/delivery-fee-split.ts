import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { roundToCurrency } from "../../modules/commission/commission-calculation"

/**
 * How a vendor order's delivery fee is shared once a courier has delivered
 * it: the courier earns `courier_share` (COURIER_FEE_SHARE) of the fee its
 * delivery was priced at, rounded to the currency, and the platform keeps
 * what the customer was charged for delivery less that. A delivery the
 * customer got for free (a promotion) still pays its courier: the platform's
 * part is then below zero, the platform paying for it.
 */
export function deliveryFeeSplit(input: {
  /** What the order charged for delivery, after discounts and without tax. */
  charged: BigNumberInput | null
  /** The fee the delivery was priced at. */
  delivery_fee: BigNumberInput | null
  courier_share: number
  currency_code: string
}): { courier: string; platform: string } {
  const charged = roundToCurrency(input.charged ?? 0, input.currency_code)
  const courier = roundToCurrency(MathBN.mult(input.delivery_fee ?? 0, input.courier_share), input.currency_code)
  return { courier: courier.toFixed(), platform: MathBN.sub(charged, courier).toFixed() }
}

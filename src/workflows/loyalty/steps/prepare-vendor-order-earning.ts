import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorOrderAmounts } from "../../../events"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { addMonths, pointsEarned, type TierRule } from "../../../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { AppendPointsInput } from "../../../modules/loyalty/service"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { customerTier } from "../customer-tier"
import { LOYALTY_CREDIT_REFERENCE, ratesFor } from "../points-value"

export const prepareVendorOrderEarningStepId = "prepare-vendor-order-earning"

// A vendor order never accepted, rejected or cancelled earns nothing, whatever completes it.
const NEVER_EARNS = ["pending", "rejected", "cancelled"]

export type VendorOrderEarning = {
  customer_id: string
  order_id: string
  // The tier whose multiplier the earning used.
  tier: TierRule | null
  entries: AppendPointsInput[]
}

/**
 * The points a delivered (or completed) vendor order earns its customer:
 * its value after discounts, without tax or delivery (its sales, the
 * commission base), less what points paid of it, × the currency's earn rate ×
 * the customer's tier multiplier, rounded down; once per order
 * (`earn:<order>`). A guest's order, a currency without rates, or an order
 * that never went through earns nothing (null). Writes nothing.
 */
export const prepareVendorOrderEarningStep = createStep(
  prepareVendorOrderEarningStepId,
  async (input: { order_id: string; amounts: VendorOrderAmounts }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const [
      {
        data: [order],
      },
      [state],
      settings,
    ] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", "customer_id", "currency_code", "credit_lines.*"], filters: { id: input.order_id } }),
      container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listVendorOrderStates({ order_id: input.order_id }, { select: ["vendor_status"] }),
      loyalty.currentSettings(),
    ])
    const customerId = (order as any)?.customer_id as string | null | undefined
    const rates = order ? ratesFor(settings.currencies, (order as any).currency_code) : null
    if (!order || !customerId || !rates || !state || NEVER_EARNS.includes(state.vendor_status)) {
      return new StepResponse(null as VendorOrderEarning | null)
    }
    const sales = MathBN.add(input.amounts.vendor_net, input.amounts.commission)
    const paidWithPoints = (((order as any).credit_lines ?? []) as any[])
      .filter((line) => line?.reference === LOYALTY_CREDIT_REFERENCE)
      .reduce((sum, line) => MathBN.add(sum, line.raw_amount ?? line.amount), MathBN.convert(0))
    const { tier } = await customerTier(container, customerId)
    const multiplier = tier?.multiplier ?? 1
    const points = pointsEarned(MathBN.max(MathBN.sub(sales, paidWithPoints), 0), rates.earn_rate, multiplier)
    const now = new Date()
    const entries: AppendPointsInput[] = points
      ? [
          {
            customer_id: customerId,
            type: "earned",
            points,
            reference_type: "order",
            reference_id: input.order_id,
            idempotency_key: `earn:${input.order_id}`,
            expires_at: addMonths(now, settings.expiry_months),
            currency_code: (order as any).currency_code,
            // What the earning is reversed against when a refund or return lowers the order's sales.
            value: MathBN.convert(sales).toFixed(),
            multiplier,
          },
        ]
      : []
    return new StepResponse({ customer_id: customerId, order_id: input.order_id, tier, entries } as VendorOrderEarning | null)
  }
)

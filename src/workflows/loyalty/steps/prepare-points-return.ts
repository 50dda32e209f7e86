import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { addMonths } from "../../../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { AppendPointsInput } from "../../../modules/loyalty/service"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { platformAccount, type PostTransactionInput } from "../../../modules/wallet/ledger-types"
import { vendorAccount } from "../../../modules/wallet/postings"
import { LOYALTY_CREDIT_REFERENCE } from "../points-value"

export const preparePointsReturnStepId = "prepare-points-return"

/**
 * A vendor order rejected or cancelled gives back the points that paid its
 * share (a positive `reversed` entry, `redeem-return:<order>`, with a fresh
 * expiry), and its funder takes its funding back out of clearing
 * (`loyalty:funding:<order>:return`): the refund gave back only what was paid
 * in money. Nothing for an order that points did not pay. Writes nothing.
 */
export const preparePointsReturnStep = createStep(preparePointsReturnStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [order],
    },
    [state],
  ] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "customer_id", "currency_code", "credit_lines.*"], filters: { id: input.order_id } }),
    container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listVendorOrderStates({ order_id: input.order_id }, { select: ["vendor_id"] }),
  ])
  const lines = (((order as any)?.credit_lines ?? []) as any[]).filter((line) => line?.reference === LOYALTY_CREDIT_REFERENCE)
  const amount = lines.reduce((sum, line) => MathBN.add(sum, line.raw_amount ?? line.amount), MathBN.convert(0))
  const customerId = (order as any)?.customer_id as string | null | undefined
  if (!order || !state || !customerId || MathBN.lte(amount, 0)) {
    return new StepResponse({ entries: [] as AppendPointsInput[], posting: null as PostTransactionInput | null })
  }
  const pointValue = Number(lines[0].metadata?.point_value ?? 0)
  const points = pointValue > 0 ? Math.round(MathBN.convert(MathBN.div(amount, pointValue)).toNumber()) : 0
  const settings = await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).currentSettings()
  const currency = (order as any).currency_code as string
  const funder = lines[0].metadata?.funded_by === "vendor" ? vendorAccount(state.vendor_id, currency) : platformAccount("loyalty", currency)
  const entries: AppendPointsInput[] = points
    ? [
        {
          customer_id: customerId,
          type: "reversed",
          points,
          reference_type: "order",
          reference_id: input.order_id,
          idempotency_key: `redeem-return:${input.order_id}`,
          expires_at: addMonths(new Date(), settings.expiry_months),
          note: "Points given back: the order was not fulfilled.",
        },
      ]
    : []
  const posting: PostTransactionInput = {
    type: "refund",
    reference_type: "order",
    reference_id: input.order_id,
    idempotency_key: `loyalty:funding:${input.order_id}:return`,
    note: "Points discount returned with the points: the order was not fulfilled.",
    entries: [
      { ...platformAccount("clearing", currency), amount: MathBN.convert(MathBN.mult(amount, -1)).toFixed() },
      { ...funder, amount: MathBN.convert(amount).toFixed() },
    ],
  }
  return new StepResponse({ entries, posting: posting as PostTransactionInput | null })
})

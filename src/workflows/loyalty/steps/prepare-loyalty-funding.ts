import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { platformAccount, type PostTransactionInput } from "../../../modules/wallet/ledger-types"
import { vendorAccount } from "../../../modules/wallet/postings"
import { LOYALTY_CREDIT_REFERENCE } from "../points-value"

export const prepareLoyaltyFundingStepId = "prepare-loyalty-funding"

/**
 * The posting that pays a vendor order's points discount into clearing, or
 * null when points paid none of it. The customer paid the order's total less
 * the points, but the settlement pays the vendor, the commission, delivery and
 * tax on the whole order, so the funder makes up the difference: the
 * platform (`platform:loyalty`, the default, which leaves the vendor's net
 * whole) or the vendor, as recorded on the cart's credit line when the
 * points were applied. Once per order (`loyalty:funding:<order>`). Writes nothing.
 */
export const prepareLoyaltyFundingStep = createStep(prepareLoyaltyFundingStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [order],
    },
    [state],
  ] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "currency_code", "credit_lines.*"], filters: { id: input.order_id } }),
    container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listVendorOrderStates({ order_id: input.order_id }, { select: ["vendor_id"] }),
  ])
  const lines = (((order as any)?.credit_lines ?? []) as any[]).filter((line) => line?.reference === LOYALTY_CREDIT_REFERENCE)
  const amount = lines.reduce((sum, line) => MathBN.add(sum, line.raw_amount ?? line.amount), MathBN.convert(0))
  if (!order || !state || MathBN.lte(amount, 0)) {
    return new StepResponse(null as PostTransactionInput | null)
  }
  const currency = (order as any).currency_code as string
  const fundedBy = lines[0]?.metadata?.funded_by === "vendor" ? "vendor" : "platform"
  const funder = fundedBy === "vendor" ? vendorAccount(state.vendor_id, currency) : platformAccount("loyalty", currency)
  const posting: PostTransactionInput = {
    type: "payment",
    reference_type: "order",
    reference_id: input.order_id,
    idempotency_key: `loyalty:funding:${input.order_id}`,
    note: `Points discount funded by the ${fundedBy}.`,
    entries: [
      { ...funder, amount: MathBN.convert(MathBN.mult(amount, -1)).toFixed() },
      { ...platformAccount("clearing", currency), amount: MathBN.convert(amount).toFixed() },
    ],
  }
  return new StepResponse(posting as PostTransactionInput | null)
})

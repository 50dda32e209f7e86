import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorOrderAmounts } from "../../../events"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { vendorOrderMoney } from "../vendor-order-money"

export const vendorOrderAmountsStepId = "vendor-order-amounts"

const ORDER_FIELDS = [
  "id",
  "currency_code",
  "item_subtotal",
  "item_total",
  "item_tax_total",
  "tax_total",
  "shipping_total",
  "shipping_tax_total",
  "summary",
]

/**
 * A vendor order's money as it stands (the one snapshot, `vendorOrderMoney`)
 * with what was paid and refunded, as decimal strings in the currency's main
 * unit: what a transition's event carries. Reads only.
 */
export const vendorOrderAmountsStep = createStep(vendorOrderAmountsStepId, async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, summaries] = await Promise.all([
    query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } }),
    container.resolve<CommissionModuleService>(COMMISSION_MODULE).summarizeOrders([input.order_id]),
  ])
  const order = orders[0] as any
  const money = vendorOrderMoney(order, (summaries.get(input.order_id)?.lines ?? []) as any)
  const text = (value: unknown) => (value === null || value === undefined ? null : MathBN.convert(value as any).toFixed())
  const summary = order?.summary ?? {}
  const amounts: VendorOrderAmounts = {
    currency_code: money.currency_code,
    gross: text(money.gross),
    discounts: text(money.discounts),
    tax: text(money.tax),
    delivery_fee: text(money.delivery_fee),
    commission: text(money.commission)!,
    vendor_net: text(money.vendor_net)!,
    paid_total: text(summary.raw_paid_total ?? summary.paid_total ?? 0)!,
    refunded_total: text(summary.raw_refunded_total ?? summary.refunded_total ?? 0)!,
  }
  return new StepResponse(amounts)
})

import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"

/**
 * One vendor order's money, the one definition that views, notifications and
 * (next) the ledger share. Every figure is in the order's currency, main unit,
 * from Medusa's computed totals and the order's commission lines
 * (docs/payments.md, "The money of a vendor order"):
 *
 * - `gross`: the items at their prices, before discounts, without tax;
 * - `discounts`: what promotions took off the items, without tax;
 * - `tax`: all tax on the order, items and delivery; collected for the state, not the vendor's;
 * - `delivery_fee`: the delivery charged, after its discounts, without tax; it pays delivery, not the vendor;
 * - `commission`: the platform's commission, the sum of the lines, each rounded to the currency;
 * - `vendor_net`: what the vendor keeps: the sales its commission is charged on
 *   (items after discounts, without tax, less what refunds and returns took back) less the commission.
 *
 * A list shows only `commission` and `vendor_net`; without Medusa's order totals the other figures are null.
 */
export type VendorOrderMoney = {
  currency_code: string
  gross: BigNumber | null
  discounts: BigNumber | null
  tax: BigNumber | null
  delivery_fee: BigNumber | null
  commission: BigNumber
  vendor_net: BigNumber
}

type Totals = Partial<Record<"item_subtotal" | "item_total" | "item_tax_total" | "tax_total" | "shipping_total" | "shipping_tax_total", BigNumberInput | null>>

export type CommissionLineMoney = { base_amount: BigNumberInput; amount: BigNumberInput; raw_base_amount?: BigNumberInput; raw_amount?: BigNumberInput }

export function vendorOrderMoney(order: Totals & { currency_code: string; [raw: string]: unknown }, lines: CommissionLineMoney[]): VendorOrderMoney {
  const figure = (field: keyof Totals) => {
    const value = (order as any)[`raw_${field}`] ?? order[field]
    return value === undefined || value === null ? null : MathBN.convert(value)
  }
  const commission = MathBN.sum(0, ...lines.map((line) => line.raw_amount ?? line.amount))
  const sales = MathBN.sum(0, ...lines.map((line) => line.raw_base_amount ?? line.base_amount))
  const gross = figure("item_subtotal")
  const itemTotal = figure("item_total")
  const itemTax = figure("item_tax_total")
  const shippingTotal = figure("shipping_total")
  const shippingTax = figure("shipping_tax_total")
  const itemsAfterDiscounts = itemTotal && itemTax ? MathBN.sub(itemTotal, itemTax) : null
  const big = (value: ReturnType<typeof MathBN.convert> | null) => (value === null ? null : new BigNumber(value))
  return {
    currency_code: order.currency_code,
    gross: big(gross),
    discounts: big(gross && itemsAfterDiscounts ? MathBN.max(MathBN.sub(gross, itemsAfterDiscounts), 0) : null),
    tax: big(figure("tax_total")),
    delivery_fee: big(shippingTotal && shippingTax ? MathBN.sub(shippingTotal, shippingTax) : shippingTotal),
    commission: new BigNumber(commission),
    vendor_net: new BigNumber(MathBN.sub(sales, commission)),
  }
}

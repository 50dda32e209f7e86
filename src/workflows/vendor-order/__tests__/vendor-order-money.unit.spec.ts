import { MathBN } from "@medusajs/framework/utils"
import { vendorOrderMoney } from "../vendor-order-money"

const text = (value: any) => (value === null ? null : MathBN.convert(value).toFixed())

describe("vendorOrderMoney", () => {
  // Two loaves at 100 with 20 off, 10% tax on the items, delivery 50 with 5 tax; 10% commission on 180.
  const order = {
    currency_code: "syp",
    item_subtotal: 200,
    item_total: 198,
    item_tax_total: 18,
    tax_total: 23,
    shipping_total: 55,
    shipping_tax_total: 5,
  }
  const lines = [{ base_amount: 180, amount: 18 }]

  it("splits an order into gross, discounts, tax, delivery, commission and what the vendor keeps", () => {
    const money = vendorOrderMoney(order, lines)
    expect({
      gross: text(money.gross),
      discounts: text(money.discounts),
      tax: text(money.tax),
      delivery_fee: text(money.delivery_fee),
      commission: text(money.commission),
      vendor_net: text(money.vendor_net),
    }).toEqual({ gross: "200", discounts: "20", tax: "23", delivery_fee: "50", commission: "18", vendor_net: "162" })
  })

  it("keeps the vendor's net on what refunds and returns left of the sales", () => {
    // Half refunded: the lines' base and commission were recomputed to half.
    const money = vendorOrderMoney(order, [{ base_amount: 90, amount: 9 }])
    expect(text(money.vendor_net)).toEqual("81")
    expect(text(money.gross)).toEqual("200")
  })

  it("uses the full-precision raw figures when Medusa gives them", () => {
    const money = vendorOrderMoney(
      { currency_code: "usd", item_subtotal: 0.3, raw_item_subtotal: { value: "0.30000000001", precision: 20 } as any },
      [{ base_amount: 0.3, raw_base_amount: "0.3", amount: 0.03 }]
    )
    expect(text(money.gross)).toEqual("0.30000000001")
    expect(text(money.vendor_net)).toEqual("0.27")
  })

  it("answers only commission and net for a list that has no order totals", () => {
    const money = vendorOrderMoney({ currency_code: "syp" }, lines)
    expect([money.gross, money.discounts, money.tax, money.delivery_fee]).toEqual([null, null, null, null])
    expect(text(money.vendor_net)).toEqual("162")
  })
})

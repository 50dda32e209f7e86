import { MathBN } from "@medusajs/framework/utils"
import { allocateProportionally, splitCartByVendor } from "../split-cart-by-vendor"

const cart = {
  id: "cart_1",
  region_id: "reg_1",
  customer_id: "cus_1",
  sales_channel_id: "sc_1",
  email: "lina@example.com",
  currency_code: "syp",
  shipping_address: { id: "addr_1", city: "Daraa", country_code: "sy" },
  billing_address: null,
  metadata: null,
  items: [
    { id: "item_a", title: "Kaak", product_id: "prod_a", variant_id: "var_a", quantity: 2, unit_price: 40, adjustments: [{ code: "EID", amount: 3, promotion_id: "promo_1" }], tax_lines: [{ code: "VAT", rate: 11 }] },
    { id: "item_b", title: "Labneh", product_id: "prod_b", variant_id: "var_b", quantity: 1, unit_price: 75, adjustments: [], tax_lines: [] },
    { id: "item_c", title: "Simit", product_id: "prod_c", variant_id: "var_c", quantity: 1, unit_price: 10, adjustments: [], tax_lines: [] },
  ],
  shipping_methods: [
    { id: "sm_a", name: "Delivery by Bakery", amount: 100, shipping_option_id: "so_a", adjustments: [], tax_lines: [] },
    { id: "sm_b", name: "Delivery by Market", amount: 100, shipping_option_id: "so_b", adjustments: [], tax_lines: [] },
  ],
  credit_lines: [] as any[],
}

const parts = [
  { vendor_id: "ven_bakery", vendor_name: "Bakery", stock_location_id: "sloc_a", item_ids: ["item_a", "item_c"], shipping_method_ids: ["sm_a"] },
  { vendor_id: "ven_market", vendor_name: "Market", stock_location_id: "sloc_b", item_ids: ["item_b"], shipping_method_ids: ["sm_b"] },
]

describe("splitCartByVendor", () => {
  it("gives each vendor its own lines, delivery, taxes and promotion adjustments", () => {
    const orders = splitCartByVendor(cart, parts)
    expect(orders.map((o) => o.vendor_id)).toEqual(["ven_bakery", "ven_market"])
    const [bakery, market] = orders.map((o) => o.order as any)
    expect(bakery.items.map((i: any) => i.variant_id)).toEqual(["var_a", "var_c"])
    expect(bakery.items[0].adjustments).toEqual([expect.objectContaining({ code: "EID", amount: 3, promotion_id: "promo_1" })])
    expect(bakery.items[0].tax_lines).toEqual([expect.objectContaining({ code: "VAT", rate: 11 })])
    expect(bakery.promo_codes).toEqual(["EID"])
    expect(bakery.shipping_methods.map((m: any) => m.name)).toEqual(["Delivery by Bakery"])
    expect(market.items.map((i: any) => i.variant_id)).toEqual(["var_b"])
    expect(market.promo_codes).toEqual([])
    expect(market.shipping_address).toEqual({ city: "Daraa", country_code: "sy" })
    expect(market.customer_id).toEqual("cus_1")
  })

  it("shares credit lines by order value, in amounts of the currency, adding up exactly", () => {
    const orders = splitCartByVendor({ ...cart, currency_code: "usd", credit_lines: [{ amount: 100, reference: "gift_card", reference_id: "gc_1" }] }, parts)
    const shares = orders.map((o) => (o.order as any).credit_lines[0].amount)
    // Bakery: 2×40 + 10 + 100 = 190; Market: 75 + 100 = 175; 100 × 190 / 365 = 52.054…, rounded down to cents.
    expect(Number(shares[0])).toEqual(52.05)
    expect(MathBN.eq(MathBN.add(shares[0], shares[1]), 100)).toBe(true)
    const pounds = splitCartByVendor({ ...cart, currency_code: "syp", credit_lines: [{ amount: 100, reference: "loyalty_points", reference_id: "cus_1" }] }, parts)
    expect(pounds.map((o) => Number((o.order as any).credit_lines[0].amount))).toEqual([52, 48])
  })
})

describe("allocateProportionally", () => {
  it("splits an amount by weight with the remainder on the last share", () => {
    const shares = allocateProportionally(10, [1, 1, 1])
    expect(MathBN.eq(MathBN.add(...shares), 10)).toBe(true)
    expect(Number(shares[0])).toBeCloseTo(3.3333333333, 8)
  })

  it("puts everything on the last share when no order has value", () => {
    expect(allocateProportionally(5, [0, 0]).map(Number)).toEqual([0, 5])
  })
})

import { payoutItemOf, selectPayout, type PayeeEarning } from "../payout-selection"

const earning = (overrides: Partial<PayeeEarning>): PayeeEarning => ({
  transaction_id: "ltx_1",
  type: "settlement",
  reference_type: "order",
  reference_id: "order_1",
  available_at: "2026-01-01T00:00:00Z",
  net: "90",
  commission: "10",
  delivery: "5",
  ...overrides,
})

describe("payoutItemOf", () => {
  it("reads a vendor's settlement as gross, commission and net", () => {
    expect(payoutItemOf("vendor", earning({}))).toMatchObject({ gross: "100", commission: "10", fees: "0", net: "90", reference_id: "order_1" })
  })

  it("reads a courier's delivery with the platform's delivery share as its commission", () => {
    expect(payoutItemOf("courier", earning({ reference_type: "delivery", net: "20", delivery: "5" }))).toMatchObject({ gross: "25", commission: "5", net: "20" })
  })

  it("shows money taken back (a refund after settlement) as a negative net without commission", () => {
    expect(payoutItemOf("vendor", earning({ net: "-30", commission: "-3" }))).toMatchObject({ gross: "-30", commission: "0", net: "-30" })
  })
})

describe("selectPayout", () => {
  const base = { payee_type: "vendor" as const, minimum: 0, frozen_references: [] }

  it("pays what the unpaid available earnings add up to", () => {
    const chosen = selectPayout({ ...base, available: 150, earnings: [earning({ net: "100.25" }), earning({ transaction_id: "ltx_2", reference_id: "order_2", net: "49.75" })] })
    expect(chosen?.amount).toEqual("150")
    expect(chosen?.items.map((item) => item.reference_id)).toEqual(["order_1", "order_2"])
  })

  it("never pays more than the available balance", () => {
    expect(selectPayout({ ...base, available: 60, earnings: [earning({ net: "90" })] })?.amount).toEqual("60")
  })

  it("leaves the earnings of a frozen reference out until it is released", () => {
    const chosen = selectPayout({
      ...base,
      available: 50,
      earnings: [earning({ net: "100" }), earning({ transaction_id: "ltx_2", reference_id: "order_2", net: "50" })],
      frozen_references: [{ reference_type: "order", reference_id: "order_1" }],
    })
    expect(chosen).toMatchObject({ amount: "50", items: [expect.objectContaining({ reference_id: "order_2" })] })
  })

  it("pays nothing at or below zero, or below the minimum", () => {
    expect(selectPayout({ ...base, available: 0, earnings: [earning({})] })).toBeNull()
    expect(selectPayout({ ...base, available: -20, earnings: [earning({ net: "-20" })] })).toBeNull()
    expect(selectPayout({ ...base, available: 90, minimum: 100, earnings: [earning({})] })).toBeNull()
    expect(selectPayout({ ...base, available: 90, minimum: 90, earnings: [earning({})] })?.amount).toEqual("90")
    expect(selectPayout({ ...base, available: 90, earnings: [] })).toBeNull()
  })
})

import { english } from "./english"
import { cashBodyOf, cashStateOf } from "../cash-collection"

const order = (provider: string, payment_status: string) => ({
  id: "order_1",
  total: 140,
  currency_code: "syp",
  payment_status,
  payment_collections: [{ payment_sessions: [{ provider_id: provider }] }],
})

describe("the cash-on-delivery widget", () => {
  it("shows the action only for an order paid in cash whose cash is still to collect", () => {
    expect(cashStateOf(order("pp_cod_cod", "awaiting"))).toEqual("waiting")
    expect(cashStateOf(order("pp_cod_cod", "captured"))).toEqual("collected")
    expect(cashStateOf(order("pp_system_default", "awaiting"))).toEqual("none")
    expect(cashStateOf({ ...order("pp_cod_cod", "awaiting"), payment_collections: [] })).toEqual("none")
    expect(cashStateOf(null)).toEqual("none")
  })

  it("sends only the whole amount owed", () => {
    expect(cashBodyOf(" 140 ", 140, english)).toEqual({ body: { amount: 140 } })
    expect(cashBodyOf("100", 140, english)).toEqual({ error: expect.stringMatching(/owes 140/) })
    expect(cashBodyOf("cash", 140, english)).toEqual({ error: expect.stringMatching(/above 0/) })
  })
})

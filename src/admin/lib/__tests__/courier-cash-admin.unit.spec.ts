import { cashPostingLabel, depositBodyOf, walletsToShow } from "../courier-cash-admin"
import { english } from "./english"

describe("the courier page's cash section", () => {
  it("names each posting on the courier's account", () => {
    expect(cashPostingLabel({ type: "cash_collection", reference_type: "order", reference_id: "order_1" }, english)).toMatch(/order_1/)
    expect(cashPostingLabel({ type: "cash_collection", reference_type: "courier_deposit", reference_id: "R-1" }, english)).toMatch(/R-1/)
    expect(cashPostingLabel({ type: "settlement", reference_type: "order", reference_id: "order_2" }, english)).toMatch(/order_2/)
    expect(cashPostingLabel({ type: "adjustment", reference_type: "adjustment", reference_id: "adj_1" }, english)).toMatch(/adjustment/)
  })

  it("shows the currencies the courier owes in, or one when it owes nothing", () => {
    const syp = { currency_code: "syp", balance: -140, cash_owed: 140, cash_limit: 500000, cash_limit_reached: false }
    const usd = { currency_code: "usd", balance: 0, cash_owed: 0, cash_limit: 50, cash_limit_reached: false }
    expect(walletsToShow([usd, syp])).toEqual([syp])
    expect(walletsToShow([{ ...syp, balance: 0, cash_owed: 0 }, usd])).toEqual([{ ...syp, balance: 0, cash_owed: 0 }])
  })

  it("checks a deposit as the route does: more than 0, no more than owed, a one-word reference", () => {
    const form = { amount: "100", reference: "R-1", currency_code: "syp" }
    expect(depositBodyOf(form, 140, english)).toEqual({ body: { amount: 100, reference: "R-1", currency_code: "syp" } })
    expect(depositBodyOf({ ...form, amount: "0" }, 140, english)).toHaveProperty("error")
    expect(depositBodyOf({ ...form, amount: "abc" }, 140, english)).toHaveProperty("error")
    expect(depositBodyOf({ ...form, amount: "141" }, 140, english)).toEqual({ error: expect.stringMatching(/140/) })
    expect(depositBodyOf({ ...form, reference: "two words" }, 140, english)).toHaveProperty("error")
    expect(depositBodyOf({ ...form, reference: " " }, 140, english)).toHaveProperty("error")
  })
})

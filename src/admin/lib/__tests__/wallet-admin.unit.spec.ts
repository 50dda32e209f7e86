import { english } from "./english"
import { adjustmentBodyOf, failingChecks, money, walletListQuery } from "../wallet-admin"

describe("the dashboard's Wallets page", () => {
  it("asks GET /admin/wallets for one page with the chosen filters", () => {
    expect(walletListQuery({ ownerType: "all", currency: "all", page: 0 }, 20)).toEqual({ limit: 20, offset: 0, order: "-updated_at" })
    expect(walletListQuery({ ownerType: "vendor", currency: "syp", page: 2 }, 20)).toEqual({
      limit: 20,
      offset: 40,
      order: "-updated_at",
      owner_type: "vendor",
      currency_code: "syp",
    })
  })

  it("checks an adjustment as the route does, before sending it", () => {
    expect(adjustmentBodyOf({ amount: " -250 ", reason: "Goodwill for a late order" }, english)).toEqual({ body: { amount: -250, reason: "Goodwill for a late order" } })
    expect(adjustmentBodyOf({ amount: "0", reason: "nothing" }, english)).toEqual({ error: expect.stringMatching(/other than 0/) })
    expect(adjustmentBodyOf({ amount: "ten", reason: "nothing" }, english)).toEqual({ error: expect.stringMatching(/must be a number/) })
    expect(adjustmentBodyOf({ amount: "10", reason: " a " }, english)).toEqual({ error: expect.stringMatching(/at least 3 characters/) })
  })

  it("shows amounts with their currency and lists only the failing invariants", () => {
    expect(money(1250000, "syp")).toEqual("1,250,000 SYP")
    expect(
      failingChecks({
        ok: false,
        checks: [
          { name: "transactions_balanced", description: "Every transaction sums to zero", ok: true, failures: 0, examples: [] },
          { name: "customers_not_negative", description: "No customer wallet is below zero", ok: false, failures: 1, examples: ["lacc_1"] },
        ],
      }, english)
    ).toEqual(["No customer wallet is below zero: 1 failing (lacc_1)"])
  })
})

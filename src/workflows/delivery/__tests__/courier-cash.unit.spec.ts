import { cashLimitReached, cashOwed } from "../courier-cash"

describe("a courier's cash", () => {
  it("owes how far below zero its account stands, and nothing when earnings cover the cash", () => {
    expect(cashOwed(-48400)).toEqual(48400)
    expect(cashOwed("-12.5")).toEqual(12.5)
    expect(cashOwed(0)).toEqual(0)
    expect(cashOwed(1600)).toEqual(0)
  })

  it("reaches its limit once it owes at least the limit", () => {
    expect(cashLimitReached(-999, 1000)).toBe(false)
    expect(cashLimitReached(-1000, 1000)).toBe(true)
    expect(cashLimitReached(-5000, 1000)).toBe(true)
    expect(cashLimitReached(200, 1000)).toBe(false)
  })

  it("allows no cash at all in a currency without a limit", () => {
    expect(cashLimitReached(0, 0)).toBe(true)
  })
})

import { maxPointsForCart, pointsValue, ratesFor } from "../points-value"

describe("points and money", () => {
  it("values points in the currency, rounded down to its precision", () => {
    expect(pointsValue(25, 1, "syp")).toBe(25)
    expect(pointsValue(7, 0.015, "usd")).toBe(0.1)
    expect(pointsValue(3, 0.5, "syp")).toBe(1)
  })

  it("caps the points at the share of the cart points may pay", () => {
    expect(maxPointsForCart(115, 0.5, 1)).toBe(57)
    expect(maxPointsForCart(10, 0.5, 0.01)).toBe(500)
    expect(maxPointsForCart(0, 0.5, 1)).toBe(0)
  })

  it("offers points only in currencies with rates", () => {
    expect(ratesFor({ syp: { earn_rate: 0.1, point_value: 1 } }, "SYP")).toEqual({ earn_rate: 0.1, point_value: 1 })
    expect(ratesFor({ syp: { earn_rate: 0.1, point_value: 1 } }, "usd")).toBeNull()
    expect(ratesFor({ syp: { earn_rate: 0.1, point_value: 0 } }, "syp")).toBeNull()
  })
})

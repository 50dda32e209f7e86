import { deliveryFeeSplit } from "../delivery-fee-split"

describe("deliveryFeeSplit", () => {
  it("gives the courier its share of the fee and the platform the rest of what was charged", () => {
    expect(deliveryFeeSplit({ charged: 2000, delivery_fee: 2000, courier_share: 0.8, currency_code: "syp" })).toEqual({
      courier: "1600",
      platform: "400",
    })
  })

  it("rounds the courier's share to the currency, and the platform takes the exact remainder", () => {
    expect(deliveryFeeSplit({ charged: 1005, delivery_fee: 1005, courier_share: 0.75, currency_code: "syp" })).toEqual({
      courier: "754",
      platform: "251",
    })
    expect(deliveryFeeSplit({ charged: "3.33", delivery_fee: "3.33", courier_share: 0.5, currency_code: "usd" })).toEqual({
      courier: "1.67",
      platform: "1.66",
    })
  })

  it("still pays the courier for a delivery the customer got for free: the platform pays", () => {
    expect(deliveryFeeSplit({ charged: 0, delivery_fee: 1500, courier_share: 0.8, currency_code: "syp" })).toEqual({
      courier: "1200",
      platform: "-1200",
    })
  })

  it("keeps everything for the platform when couriers get no share", () => {
    expect(deliveryFeeSplit({ charged: 1500, delivery_fee: 1500, courier_share: 0, currency_code: "syp" })).toEqual({
      courier: "0",
      platform: "1500",
    })
  })
})

import { adminPageOf } from "../steps/create-admin-feed-notifications"

describe("adminPageOf", () => {
  it("names the dashboard page of a notice's vendor, order, product or customer", () => {
    expect(adminPageOf("/app", { type: "vendor", id: "ven_1" })).toEqual("/app/vendors/ven_1")
    expect(adminPageOf("/app/", { type: "order", id: "order_1" })).toEqual("/app/orders/order_1")
    expect(adminPageOf("/dashboard", { type: "product", id: "prod 1" })).toEqual("/dashboard/products/prod%201")
    expect(adminPageOf("/app", { type: "customer", id: "cus_1" })).toEqual("/app/customers/cus_1")
  })

  it("has no page for a notice without a resource or of a kind the dashboard has no page for", () => {
    expect(adminPageOf("/app", undefined)).toBeNull()
    expect(adminPageOf("/app", { type: "wallet", id: "wal_1" })).toBeNull()
  })
})

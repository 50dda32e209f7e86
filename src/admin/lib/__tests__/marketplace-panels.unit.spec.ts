import { customerGroupsOf, productVendorOf } from "../marketplace-panels"

describe("the product and customer widgets' data", () => {
  it("names a product's store and links to its other products", () => {
    expect(productVendorOf({ vendor: { id: "ven_1", name: "Hauran Bakery", handle: "hauran-bakery" } })).toEqual({
      id: "ven_1",
      name: "Hauran Bakery",
      handle: "hauran-bakery",
    })
    expect(productVendorOf({ vendor: null })).toBeNull()
    expect(productVendorOf(undefined)).toBeNull()
  })

  it("lists a customer's checkouts with each store's order and status", () => {
    const rows = customerGroupsOf([
      {
        id: "ogrp_1",
        created_at: "2026-12-01T10:00:00Z",
        total: 250,
        currency_code: "syp",
        orders: [
          { id: "order_1", display_id: 1, total: 130, vendor: { id: "ven_1", name: "Hauran Bakery" }, vendor_status: "ready_for_pickup" },
          { id: "order_2", display_id: 2, total: 120, vendor: null, vendor_status: null },
        ],
      },
    ])
    expect(rows).toEqual([
      {
        id: "ogrp_1",
        placed: "2026-12-01T10:00:00Z",
        total: "250 SYP",
        orders: [
          { id: "order_1", label: "#1 · Hauran Bakery", status: "Ready for pickup" },
          { id: "order_2", label: "#2 · Unknown store", status: "—" },
        ],
      },
    ])
    expect(customerGroupsOf(undefined)).toEqual([])
  })
})

import { english } from "./english"
import { customerGroupsOf, orderGroupListQuery, orderGroupRowsOf, productVendorOf } from "../marketplace-panels"

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
    ], english)
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
    expect(customerGroupsOf(undefined, english)).toEqual([])
  })

  it("lists checkouts on the Order groups page with their customer, total and each store's order", () => {
    const rows = orderGroupRowsOf([
      {
        id: "ogrp_1",
        created_at: "2026-12-01T10:00:00Z",
        email: "lina@example.com",
        customer_id: "cus_1",
        total: 250,
        currency_code: "syp",
        orders: [
          { id: "order_1", display_id: 7, total: 130, vendor: { id: "ven_1", name: "Hauran Bakery" }, vendor_status: "rejected" },
          { id: "order_2", display_id: 8, total: 120, vendor: null, vendor_status: "out_for_delivery" },
        ],
      },
      { id: "ogrp_2", created_at: "2026-12-01T09:00:00Z", email: null, customer_id: null, total: 12.5, currency_code: "usd", orders: [] },
    ], english)
    expect(rows).toEqual([
      {
        id: "ogrp_1",
        placed: "2026-12-01T10:00:00Z",
        customer: "lina@example.com",
        total: "250 SYP",
        orders: [
          { id: "order_1", number: "#7", store: "Hauran Bakery", status: "Rejected", color: "red" },
          { id: "order_2", number: "#8", store: "Unknown store", status: "Out for delivery", color: "blue" },
        ],
      },
      { id: "ogrp_2", placed: "2026-12-01T09:00:00Z", customer: "Guest", total: "12.50 USD", orders: [] },
    ])
    expect(orderGroupRowsOf(undefined, english)).toEqual([])
  })

  it("asks for a page of checkouts, newest first, narrowed to a store and a first day only when chosen", () => {
    expect(orderGroupListQuery({ vendorId: "all", placedSince: "", page: 0 })).toEqual({ limit: 20, offset: 0, order: "-created_at" })
    expect(orderGroupListQuery({ vendorId: "ven_1", placedSince: "2026-12-01", page: 2 }, 10)).toEqual({
      limit: 10,
      offset: 20,
      order: "-created_at",
      vendor_id: "ven_1",
      "created_at[gte]": "2026-12-01",
    })
    // A half-typed date is no filter yet.
    expect(orderGroupListQuery({ vendorId: "", placedSince: "2026-1", page: 0 })).toEqual({ limit: 20, offset: 0, order: "-created_at" })
  })
})

import { arabic, english } from "./english"
import {
  formatAmount,
  moneyRowsOf,
  parseRefundAmount,
  refundableOf,
  siblingsOf,
  statusColor,
  statusLabel,
  timelineOf,
  type AdminVendorOrder,
} from "../vendor-order-panel"

const order: AdminVendorOrder = {
  id: "order_1",
  display_id: 7,
  currency_code: "syp",
  total: 640,
  vendor: { id: "ven_1", name: "Hauran Bakery" },
  vendor_status: "rejected",
  status_reason: "Out of flour",
  order_group_id: "ogrp_1",
  status_changes: [
    { action: "accept", from_status: "pending", to_status: "accepted", reason: null, actor_type: "vendor", created_at: "2026-12-01T10:00:00Z" },
    { action: "reject", from_status: "accepted", to_status: "rejected", reason: "Out of flour", actor_type: "admin", created_at: "2026-12-01T10:05:00Z" },
  ],
  commission_total: 64,
  net_total: 516,
  summary: { paid_total: 640, refunded_total: 100 },
}

describe("the vendor order widget's data", () => {
  it("labels and colours vendor statuses", () => {
    expect(statusLabel("ready_for_pickup", english)).toEqual("Ready for pickup")
    expect(statusLabel(null, english)).toEqual("—")
    expect(["pending", "accepted", "delivered", "rejected", "unknown"].map(statusColor)).toEqual(["orange", "blue", "green", "red", "grey"])
  })

  it("formats amounts to the currency's decimals", () => {
    expect(formatAmount(640, "syp")).toEqual("640 SYP")
    expect(formatAmount(12.5, "usd")).toEqual("12.50 USD")
    expect(formatAmount(undefined, "usd")).toEqual("0.00 USD")
  })

  it("tells each move with who made it and why", () => {
    expect(timelineOf(order, english).map((entry) => [entry.title, entry.detail])).toEqual([
      ["Accepted by the store", "from pending"],
      ["Rejected by an admin", "Out of flour"],
    ])
    expect(timelineOf({}, english)).toEqual([])
    expect(timelineOf(order, arabic).map((entry) => [entry.title, entry.detail])).toEqual([
      ["مقبول من قِبل المتجر", "بعد أن كان بانتظار القبول"],
      ["مرفوض من قِبل مشرف", "Out of flour"],
    ])
    expect(statusLabel("on_the_moon", arabic)).toEqual("On the moon")
  })

  it("shows the order's own share, what was refunded, the commission and the vendor's net", () => {
    expect(moneyRowsOf(order, arabic).map((row) => row.label)).toEqual(["إجمالي الطلب", "المدفوع (حصة هذا الطلب)", "المسترد", "العمولة", "صافي المتجر"])
    expect(moneyRowsOf(order, english).map((row) => [row.testId, row.value])).toEqual([
      ["total", "640 SYP"],
      ["paid", "640 SYP"],
      ["refunded", "100 SYP"],
      ["commission", "64 SYP"],
      ["vendor-net", "516 SYP"],
    ])
    expect(refundableOf(order)).toEqual(540)
    expect(refundableOf({ summary: { paid_total: 10, refunded_total: 30 } })).toEqual(0)
  })

  it("lists the checkout's other orders with their store", () => {
    const group = {
      id: "ogrp_1",
      total: 1000,
      currency_code: "syp",
      orders: [
        { id: "order_1", display_id: 7, total: 640, vendor: { id: "ven_1", name: "Hauran Bakery" }, vendor_status: "rejected" },
        { id: "order_2", display_id: 8, total: 360, vendor: null, vendor_status: "pending" },
      ],
    }
    expect(siblingsOf(order, group, english)).toEqual([{ id: "order_2", label: "#8 · Unknown store", status: "Pending", total: "360 SYP" }])
    expect(siblingsOf(order, null, english)).toEqual([])
  })

  it("checks a refund amount as the route does", () => {
    expect(parseRefundAmount("50", 540, english)).toEqual({ amount: 50 })
    expect(parseRefundAmount(" ", 540, english)).toEqual({ error: expect.stringContaining("amount") })
    expect(parseRefundAmount("abc", 540, english)).toEqual({ error: expect.stringContaining("number") })
    expect(parseRefundAmount("0", 540, english)).toEqual({ error: expect.stringContaining("more than 0") })
    expect(parseRefundAmount("541", 540, english)).toEqual({ error: "At most 540 can still be refunded." })
  })
})

import { LOCALES } from "../constants"
import { notificationTemplates, renderEmailHtml, renderNotification } from "../templates"

const sampleData: Record<string, Record<string, unknown>> = {
  "order-placed": { id: "order_1", display_id: 12 },
  "vendor-order-accepted": { id: "order_1", display_id: 12, vendor_name: "Hauran Dairy" },
  "vendor-order-rejected": { id: "order_1", display_id: 12, vendor_name: "Hauran Dairy", reason: "out of labneh" },
  "vendor-order-ready": { id: "order_1", display_id: 12 },
  "vendor-order-cancelled": { id: "order_1", display_id: 12, vendor_name: "Hauran Dairy", refund_amount: 140, currency_code: "syp" },
  "vendor-cancelled-order": { id: "order_1", display_id: 12, reason: "ordered twice" },
  "refund-issued": { id: "order_1", display_id: 12, amount: 2500, currency_code: "syp" },
  "vendor-new-order": { id: "order_1", display_id: 12, item_count: 3 },
  "vendor-approved": { id: "ven_1", vendor_name: "Hauran Dairy" },
  "vendor-rejected": { id: "ven_1", vendor_name: "Hauran Dairy", reason: "documents missing" },
  "vendor-suspended": { id: "ven_1", vendor_name: "Hauran Dairy", reason: "complaints" },
  "vendor-stock-low": { vendor_id: "ven_1", variant_id: "var_1", product_title: "Labneh", variant_title: "500 g", available_quantity: 2, threshold: 5 },
  "vendor-awaiting-review": { id: "ven_1", vendor_name: "Hauran Dairy", handle: "hauran-dairy" },
  "wallet-credited": { transaction_id: "ltx_1", amount: 5000, currency_code: "syp", reason: "top_up" },
  "wallet-refund": { id: "order_1", display_id: 12, amount: 2500, currency_code: "syp" },
  "courier-approved": { id: "cour_1", first_name: "Omar" },
  "courier-rejected": { id: "cour_1", first_name: "Omar", reason: "licence expired" },
  "courier-suspended": { id: "cour_1", first_name: "Omar", reason: "late deliveries" },
  "courier-reinstated": { id: "cour_1", first_name: "Omar", reason: "licence renewed" },
  "courier-awaiting-review": { id: "cour_1", courier_name: "Omar Haddad", vehicle_type: "motorcycle" },
  "vendor-order-settled": { id: "order_1", display_id: 12, amount: 900, currency_code: "syp", available_at: "2026-12-09T10:00:00.000Z" },
  "payout-paid": { id: "po_1", amount: 1500, currency_code: "syp", reference: "BANK-77" },
  "payout-failed": { id: "po_1", amount: 1500, currency_code: "syp", reason: "the bank account is closed" },
  "payout-request-approved": { id: "po_1", amount: 1500, currency_code: "syp", reason: "Ramadan stock" },
  "payout-request-rejected": { id: "po_1", amount: 1500, currency_code: "syp", reason: "wait for the weekly run" },
  "security-alert": { ip: "203.0.113.7", events: 3, window_minutes: 15, last_event_type: "login_locked_out" },
  "loyalty-points-earned": { points: 40, balance: 140, reason: "order", display_id: 12 },
  "loyalty-tier-reached": { tier: "Silver", multiplier: 1.25 },
  "loyalty-points-expiring": { points: 30, expires_at: "2026-12-09T10:00:00.000Z" },
  "delivery-offer": { id: "dlv_1", pickup_name: "Hauran Dairy", fee: 100, currency_code: "syp", cash_due: 240, expires_in_seconds: 60 },
  "delivery-assigned": { id: "order_1", display_id: 12, courier_first_name: "Omar", proof_code: "0427" },
  "delivery-picked-up": { id: "order_1", display_id: 12, courier_first_name: "Omar", proof_code: "0427" },
  "delivery-delivered": { id: "order_1", display_id: 12 },
  "vendor-delivery-assigned": { id: "order_1", display_id: 12, courier_first_name: "Omar", vehicle_type: "motorcycle" },
  "vendor-delivery-picked-up": { id: "order_1", display_id: 12, courier_first_name: "Omar" },
  "delivery-near": { id: "order_1", display_id: 12, courier_first_name: "Omar", minutes: 3 },
}

const ARABIC = /[\u0600-\u06FF]/

describe("notification templates", () => {
  it("has English and Arabic for every event", () => {
    for (const [event, template] of Object.entries(notificationTemplates)) {
      expect(Object.keys(template).sort()).toEqual([...LOCALES].sort())
      expect(sampleData[event]).toBeDefined()
    }
  })

  it.each(Object.keys(notificationTemplates))("fills %s from the event's data in both languages", (event) => {
    const en = renderNotification(event as any, "en", sampleData[event])
    const ar = renderNotification(event as any, "ar", sampleData[event])
    expect(en.title).not.toMatch(ARABIC)
    expect(en.body).not.toMatch(ARABIC)
    expect(ar.title).toMatch(ARABIC)
    expect(ar.body).toMatch(ARABIC)
    expect(`${en.body}${ar.body}`).not.toMatch(/undefined|null|\[object/)
  })

  it("puts the order number, amounts and reasons into the text", () => {
    expect(renderNotification("order-placed", "en", sampleData["order-placed"]).body).toContain("#12")
    expect(renderNotification("order-placed", "ar", sampleData["order-placed"]).body).toContain("#12")
    expect(renderNotification("delivery-assigned", "ar", sampleData["delivery-assigned"]).body).toContain("0427")
    expect(renderNotification("delivery-picked-up", "en", sampleData["delivery-picked-up"]).body).toContain("0427")
    expect(renderNotification("delivery-offer", "en", sampleData["delivery-offer"]).body).toContain("collecting 240 SYP in cash")
    expect(renderNotification("refund-issued", "en", sampleData["refund-issued"]).body).toContain("2500 SYP")
    expect(renderNotification("wallet-refund", "ar", sampleData["wallet-refund"]).body).toContain("2500 SYP")
    expect(renderNotification("vendor-order-settled", "en", sampleData["vendor-order-settled"]).body).toContain("from 2026-12-09")
    expect(renderNotification("wallet-credited", "en", sampleData["wallet-credited"]).body).toEqual("Your top-up of 5000 SYP is in your wallet.")
    expect(renderNotification("vendor-order-rejected", "ar", sampleData["vendor-order-rejected"]).body).toContain("out of labneh")
    expect(renderNotification("loyalty-points-earned", "en", sampleData["loyalty-points-earned"]).body).toEqual(
      "You earned 40 points on order #12. Your balance is 140 points."
    )
    expect(renderNotification("loyalty-points-expiring", "ar", sampleData["loyalty-points-expiring"]).body).toContain("2026-12-09")
    expect(renderNotification("vendor-stock-low", "en", sampleData["vendor-stock-low"]).body).toEqual(
      "Labneh – 500 g has 2 left (alert at 5)."
    )
  })

  it("tells a payee why a payout failed or a request was declined, in both languages", () => {
    for (const locale of LOCALES) {
      expect(renderNotification("payout-failed", locale, sampleData["payout-failed"]).body).toContain("the bank account is closed")
      expect(renderNotification("payout-request-rejected", locale, sampleData["payout-request-rejected"]).body).toContain("wait for the weekly run")
      expect(renderNotification("payout-paid", locale, sampleData["payout-paid"]).body).toContain("1500 SYP")
    }
    expect(renderNotification("payout-paid", "en", { id: "po_1", amount: 10, currency_code: "usd", reference: null }).body).toEqual("Your payout of 10 USD was paid.")
  })

  it("tells the customer the courier is near, with the minutes left when known", () => {
    expect(renderNotification("delivery-near", "en", sampleData["delivery-near"]).body).toEqual(
      "Omar is near with your order #12, about 3 minutes away. Please get ready to receive it."
    )
    expect(renderNotification("delivery-near", "ar", sampleData["delivery-near"]).body).toContain("3 دقائق")
    expect(renderNotification("delivery-near", "en", { id: "order_1", display_id: 12 }).body).toEqual(
      "Your courier is near with your order #12. Please get ready to receive it."
    )
  })

  it("lists every order of a checkout from several stores, and keeps one order's wording for one store", () => {
    const group = { id: "ogrp_1", display_id: 12, display_ids: [12, 13, 14] }
    expect(renderNotification("order-placed", "en", group).body).toEqual(
      "Thank you! We received your order and sent it to 3 stores as orders #12, #13, #14."
    )
    expect(renderNotification("order-placed", "ar", group).body).toContain("#12، #13، #14")
    expect(renderNotification("order-placed", "ar", { ...group, display_ids: [12, 13] }).body).toContain("متجرين")
    expect(renderNotification("order-placed", "en", { id: "ogrp_1", display_ids: [12] }).body).toEqual(
      "Thank you! We received your order #12 and sent it to the store."
    )
  })

  it("tells the customer what was refunded for a cancelled order, and the vendor not to prepare it", () => {
    expect(renderNotification("vendor-order-cancelled", "en", sampleData["vendor-order-cancelled"]).body).toEqual(
      "Your order #12 from Hauran Dairy is cancelled. We refunded 140 SYP."
    )
    expect(renderNotification("vendor-order-cancelled", "en", { id: "order_1", display_id: 12, refund_amount: 0 }).body).toEqual(
      "Your order #12 is cancelled."
    )
    expect(renderNotification("vendor-cancelled-order", "ar", sampleData["vendor-cancelled-order"]).body).toContain("ordered twice")
  })

  it("tells a courier why it was rejected or suspended, and admins who waits for review", () => {
    expect(renderNotification("courier-rejected", "en", sampleData["courier-rejected"]).body).toEqual(
      "Your courier application was not approved: licence expired"
    )
    expect(renderNotification("courier-suspended", "ar", sampleData["courier-suspended"]).body).toContain("late deliveries")
    expect(renderNotification("courier-rejected", "en", { id: "cour_1" }).body).toEqual("Your courier application was not approved.")
    expect(renderNotification("courier-awaiting-review", "en", sampleData["courier-awaiting-review"]).body).toEqual(
      "Omar Haddad (motorcycle) registered as a courier and waits for approval."
    )
    expect(renderNotification("courier-awaiting-review", "ar", sampleData["courier-awaiting-review"]).body).toContain("دراجة نارية")
  })

  it("leaves out a reason that was not given", () => {
    const body = renderNotification("vendor-rejected", "en", { id: "ven_1", vendor_name: "Hauran Dairy" }).body
    expect(body).toEqual("Hauran Dairy was not approved.")
  })

  it("escapes email HTML and sets the page direction by locale", () => {
    const html = renderEmailHtml({ title: "<b>Hi</b>", body: "A & B" }, "ar")
    expect(html).toContain('dir="rtl"')
    expect(html).toContain("&lt;b&gt;Hi&lt;/b&gt;")
    expect(html).toContain("A &amp; B")
    expect(renderEmailHtml({ title: "t", body: "b" }, "en")).toContain('dir="ltr"')
  })
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN } from "@medusajs/framework/utils"
import { roundToCurrency } from "../../src/modules/commission/commission-calculation"
import { DEMO_DEFAULT_COMMISSION, seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string
    let vendors: Awaited<ReturnType<typeof sellingVendor>>[]
    let customer: string
    let customerId: string
    // One 3-vendor checkout, then a second checkout at the first vendor only.
    let group: { id: string; orders: any[] }
    let later: { id: string; orders: any[] }

    const ids = (rows: any[]) => rows.map((row) => row.id)

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
      admin = await adminToken(api)
      vendors = await Promise.all(["Bosra Sweets", "Nawa Dairy", "Izra Olive Press"].map((name) => sellingVendor(api, admin, { name })))
      customer = await customerToken(api, publishableKey)
      const headers = { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${customer}` } }
      customerId = (await api.get("/store/customers/me", headers)).data.customer.id
      // 10% of the first vendor's lines and 12.5% of the second's; the third pays the seeded platform default.
      for (const [vendor, percent_rate] of [[vendors[0], 10], [vendors[1], 12.5]] as const) {
        await api.post("/admin/commission-rules", { name: `${vendor.vendor.name} deal`, vendor_id: vendor.vendor.id, percent_rate }, bearer(admin))
      }

      const lines = vendors.map((vendor, index) => ({ variant_id: vendor.product.variants[0].id, quantity: index + 1 }))
      const first = await marketplaceCart(api, publishableKey, lines, customer)
      group = (await api.post(`/store/carts/${first.cartId}/complete`, {}, first.headers)).data.order_group
      const second = await marketplaceCart(api, publishableKey, [{ variant_id: vendors[0].product.variants[0].id, quantity: 1 }])
      later = (await api.post(`/store/carts/${second.cartId}/complete`, {}, second.headers)).data.order_group
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    it("lists a 3-vendor checkout as one group of three orders, each with its vendor, newest group first", async () => {
      const { data } = await api.get("/admin/order-groups", bearer(admin))
      expect(ids(data.order_groups).slice(0, 2)).toEqual([later.id, group.id])
      expect([data.offset, data.limit, data.count]).toEqual([0, 20, 2])

      const listed = data.order_groups[1]
      expect(listed.customer_id).toEqual(customerId)
      expect(listed.orders).toHaveLength(3)
      expect(listed.orders.map((order: any) => order.vendor.id)).toEqual(vendors.map((vendor) => vendor.vendor.id))
      expect(listed.orders.map((order: any) => order.vendor_status)).toEqual(["pending", "pending", "pending"])

      const { data: mine } = await api.get(`/admin/order-groups?customer_id=${customerId}`, bearer(admin))
      expect(ids(mine.order_groups)).toEqual([group.id])
      expect(mine.count).toEqual(1)

      const { data: one } = await api.get(`/admin/order-groups/${group.id}`, bearer(admin))
      expect(ids(one.order_group.orders)).toEqual(ids(group.orders))
      expect(one.order_group.orders[2].vendor).toEqual({ id: vendors[2].vendor.id, handle: vendors[2].vendor.handle, name: vendors[2].vendor.name })

      const { data: page } = await api.get("/admin/order-groups?limit=1&offset=1", bearer(admin))
      expect([ids(page.order_groups), page.count, page.offset, page.limit]).toEqual([[group.id], 2, 1, 1])

      const future = new Date(Date.now() + 60_000).toISOString()
      const { data: none } = await api.get(`/admin/order-groups?created_at[gte]=${future}`, bearer(admin))
      expect([none.order_groups, none.count]).toEqual([[], 0])

      // By vendor: the first vendor sold in both checkouts, the second only in the first; each group whole, once.
      const { data: first } = await api.get(`/admin/order-groups?vendor_id=${vendors[0].vendor.id}`, bearer(admin))
      expect([ids(first.order_groups), first.count]).toEqual([[later.id, group.id], 2])
      expect(first.order_groups[1].orders).toHaveLength(3)
      const { data: second } = await api.get(`/admin/order-groups?vendor_id=${vendors[1].vendor.id}&limit=1`, bearer(admin))
      expect([ids(second.order_groups), second.count]).toEqual([[group.id], 1])
      const { data: both } = await api.get(`/admin/order-groups?vendor_id=${vendors[0].vendor.id},${vendors[1].vendor.id}&limit=1&offset=1`, bearer(admin))
      expect([ids(both.order_groups), both.count]).toEqual([[group.id], 2])
      const { data: unknown } = await api.get("/admin/order-groups?vendor_id=ven_unknown", bearer(admin))
      expect([unknown.order_groups, unknown.count]).toEqual([[], 0])
    })

    it("lists vendor orders by vendor and by vendor status, newest first, with vendor, group and commission", async () => {
      const [bosra] = vendors
      const { data } = await api.get(`/admin/vendor-orders?vendor_id=${bosra.vendor.id}`, bearer(admin))
      expect(ids(data.vendor_orders)).toEqual([later.orders[0].id, group.orders[0].id])
      expect(data.count).toEqual(2)
      const [newest, oldest] = data.vendor_orders
      expect(newest.order_group_id).toEqual(later.id)
      expect(oldest).toMatchObject({
        id: group.orders[0].id,
        display_id: group.orders[0].display_id,
        vendor: { id: bosra.vendor.id, handle: bosra.vendor.handle, name: bosra.vendor.name },
        vendor_status: "pending",
        order_group_id: group.id,
        email: expect.stringContaining("@"),
        currency_code: "syp",
        total: group.orders[0].total,
        items: [expect.objectContaining({ variant_id: bosra.product.variants[0].id, quantity: 1 })],
      })
      expect(new Date(oldest.accept_by).getTime()).toBeGreaterThan(Date.now())
      // 10% of one pack, rounded half up to whole pounds (a 75 SYP pack makes 7.5, charged 8).
      expect(Number(oldest.commission_total)).toEqual(roundToCurrency(MathBN.mult(0.1, oldest.items[0].unit_price), "syp").toNumber())
      expect(Number(oldest.commission_total)).toBeGreaterThan(0)

      // The first vendor accepts its order from the 3-vendor checkout.
      await api.post(`/vendor/orders/${group.orders[0].id}/accept`, {}, bearer(bosra.token))
      const everyone = vendors.map((vendor) => `vendor_id=${vendor.vendor.id}`).join("&")
      const { data: accepted } = await api.get(`/admin/vendor-orders?${everyone}&vendor_status=accepted`, bearer(admin))
      expect([ids(accepted.vendor_orders), accepted.count]).toEqual([[group.orders[0].id], 1])
      const { data: pending } = await api.get(`/admin/vendor-orders?${everyone}&vendor_status=pending`, bearer(admin))
      expect(ids(pending.vendor_orders)).toEqual([later.orders[0].id, group.orders[2].id, group.orders[1].id])
      const { data: either } = await api.get(`/admin/vendor-orders?${everyone}&vendor_status=pending,accepted`, bearer(admin))
      expect(either.count).toEqual(4)

      const { data: first } = await api.get(`/admin/vendor-orders?${everyone}&limit=2`, bearer(admin))
      const { data: second } = await api.get(`/admin/vendor-orders?${everyone}&limit=2&offset=2`, bearer(admin))
      expect([...ids(first.vendor_orders), ...ids(second.vendor_orders)]).toEqual([
        later.orders[0].id,
        ...[...group.orders].reverse().map((order) => order.id),
      ])
      expect([first.count, second.count, second.offset, second.limit]).toEqual([4, 4, 2, 2])
      const { data: oldestFirst } = await api.get(`/admin/vendor-orders?${everyone}&order=created_at&limit=1`, bearer(admin))
      expect(ids(oldestFirst.vendor_orders)).toEqual([group.orders[0].id])

      const { data: byNumber } = await api.get(`/admin/vendor-orders?display_id=${group.orders[1].display_id}`, bearer(admin))
      expect(ids(byNumber.vendor_orders)).toEqual([group.orders[1].id])
    })

    it("shows one vendor order with its status history and commission lines", async () => {
      const order = group.orders[1]
      const { data } = await api.get(`/admin/vendor-orders/${order.id}`, bearer(admin))
      const vendorOrder = data.vendor_order
      expect(vendorOrder).toMatchObject({
        id: order.id,
        vendor: { id: vendors[1].vendor.id },
        vendor_status: "pending",
        order_group_id: group.id,
        accepted_at: null,
        status_changes: [],
        shipping_address: expect.objectContaining({ city: "Daraa" }),
      })
      expect(vendorOrder.items.map((item: any) => item.quantity)).toEqual([2])
      // 12.5% of two packs, rounded half up to whole pounds (a 75 SYP pack makes 18.75, charged 19).
      const expected = roundToCurrency(MathBN.mult(0.125 * 2, vendorOrder.items[0].unit_price), "syp").toNumber()
      expect(expected).toBeGreaterThan(0)
      expect(vendorOrder.commission_lines.map((line: any) => line.line_item_id)).toEqual([vendorOrder.items[0].id])
      expect(Number(vendorOrder.commission_lines[0].amount)).toBeCloseTo(expected, 6)
      expect(Number(vendorOrder.commission_total)).toBeCloseTo(expected, 6)
      const { data: third } = await api.get(`/admin/vendor-orders/${group.orders[2].id}`, bearer(admin))
      const [defaultLine] = third.vendor_order.commission_lines
      expect(Number(defaultLine.percent_rate)).toEqual(DEMO_DEFAULT_COMMISSION.percent_rate)
      // 10% of the base, rounded half up to whole pounds (SYP has no decimals).
      expect(Number(third.vendor_order.commission_total)).toEqual(roundToCurrency(MathBN.mult(defaultLine.base_amount, 0.1), "syp").toNumber())
    })

    it("narrows, extends and orders the order lists with fields and order, and names unknown ones", async () => {
      const store = { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${customer}` } }

      // Picked fields, sub-keys of the orders included; id always stays.
      const { data: narrow } = await api.get("/admin/order-groups?fields=total,orders.display_id,orders.vendor.name", bearer(admin))
      const narrowed = narrow.order_groups.find((row: any) => row.id === group.id)
      expect(Object.keys(narrowed).sort()).toEqual(["id", "orders", "total"])
      expect(narrowed.orders.map((order: any) => Object.keys(order).sort())).toEqual([
        ["display_id", "vendor"],
        ["display_id", "vendor"],
        ["display_id", "vendor"],
      ])
      expect(narrowed.orders[0].vendor).toEqual({ name: vendors[0].vendor.name })
      // -field drops a key, +field keeps the default answer.
      const { data: full } = await api.get("/admin/order-groups", bearer(admin))
      const { data: fewer } = await api.get("/admin/order-groups?fields=-orders,-email", bearer(admin))
      expect(Object.keys(fewer.order_groups[0]).sort()).toEqual(Object.keys(full.order_groups[0]).filter((key) => !["orders", "email"].includes(key)).sort())
      expect((await api.get("/admin/order-groups?fields=%2Btotal", bearer(admin))).data.order_groups).toEqual(full.order_groups)
      const { data: oldest } = await api.get("/admin/order-groups?order=created_at", bearer(admin))
      expect(ids(oldest.order_groups)).toEqual([group.id, later.id])

      const { data: vendorOrders } = await api.get("/admin/vendor-orders?fields=display_id,vendor.handle,commission_total&order=display_id", bearer(admin))
      expect(vendorOrders.vendor_orders.map((order: any) => Object.keys(order).sort())[0]).toEqual(["commission_total", "display_id", "id", "vendor"])
      const displayIds = vendorOrders.vendor_orders.map((order: any) => order.display_id)
      expect(displayIds).toEqual([...displayIds].sort((a, b) => a - b))

      // The customer's own checkouts now take order too.
      const { data: mine } = await api.get("/store/order-groups?order=created_at&fields=id,total,orders.vendor_status", store)
      expect(ids(mine.order_groups)).toEqual([group.id])
      expect(mine.order_groups[0]).toEqual({ id: group.id, total: expect.anything(), orders: [{ vendor_status: "pending" }, { vendor_status: "pending" }, { vendor_status: "pending" }] })

      const { data: vendorList } = await api.get("/vendor/orders?fields=display_id,net_total&order=display_id", bearer(vendors[0].token))
      expect(vendorList.orders.map((order: any) => Object.keys(order).sort())).toEqual([
        ["display_id", "id", "net_total"],
        ["display_id", "id", "net_total"],
      ])

      const refused: [string, Record<string, any>, string][] = [
        ["/admin/order-groups?fields=id,password", bearer(admin), "'password'"],
        ["/admin/order-groups?order=total", bearer(admin), "got 'total'"],
        ["/admin/vendor-orders?fields=orders.id", bearer(admin), "'orders.id'"],
        ["/store/order-groups?fields=customer.email", store, "'customer.email'"],
        ["/store/order-groups?order=-display_id", store, "got '-display_id'"],
        ["/vendor/orders?fields=customer.email", bearer(vendors[0].token), "'customer.email'"],
        ["/vendor/orders?fields=%2Bemail", bearer(vendors[0].token), "'email'"],
      ]
      for (const [url, headers, named] of refused) {
        const response = await attempt(api.get(url, headers))
        expect([url, response.status]).toEqual([url, 400])
        expect(response.data.message).toContain(named)
      }
    })

    it("rejects unknown or malformed query parameters with a 400 naming them", async () => {
      const cases: [string, string][] = [
        ["/admin/vendor-orders?vendor_status=bogus", "vendor_status must be one of pending, accepted"],
        ["/admin/vendor-orders?vendor_status=pending,bogus", "got 'bogus'"],
        ["/admin/vendor-orders?limit=0", "limit"],
        ["/admin/vendor-orders?display_id=first", "display_id"],
        ["/admin/vendor-orders?created_at[gte]=yesterday", "created_at"],
        ["/admin/vendor-orders?colour=red", "colour"],
        ["/admin/vendor-orders?order=total", "order"],
        ["/admin/order-groups?limit=101", "limit"],
        ["/admin/order-groups?offset=-1", "offset"],
        ["/admin/order-groups?vendor_id=", "vendor_id"],
        ["/admin/order-groups?vendor=x", "vendor"],
        [`/admin/order-groups/${group.id}?expand=orders`, "expand"],
        [`/admin/vendor-orders/${group.orders[0].id}?fields=id`, "fields"],
      ]
      for (const [url, field] of cases) {
        const response = await attempt(api.get(url, bearer(admin)))
        expect([url, response.status, response.data.type]).toEqual([url, 400, "invalid_data"])
        expect(response.data.message).toContain(field)
      }
    })

    it("answers 401 to customers, vendors and anonymous callers", async () => {
      const tokens = [customer, vendors[0].token]
      const urls = ["/admin/order-groups", `/admin/order-groups/${group.id}`, "/admin/vendor-orders", `/admin/vendor-orders/${group.orders[0].id}`]
      for (const url of urls) {
        for (const token of tokens) {
          expect([url, (await attempt(api.get(url, bearer(token)))).status]).toEqual([url, 401])
        }
        expect([url, (await attempt(api.get(url))).status]).toEqual([url, 401])
      }
    })

    it("answers 404 for unknown groups and orders", async () => {
      for (const url of ["/admin/order-groups/ogrp_unknown", "/admin/vendor-orders/order_unknown", `/admin/vendor-orders/${group.id}`]) {
        const response = await attempt(api.get(url, bearer(admin)))
        expect([url, response.status, response.data.type]).toEqual([url, 404, "not_found"])
      }
    })

    it("refunds part of a vendor order, never more than it still holds, and the commission follows", async () => {
      const order = group.orders[0]
      const refund = (body: Record<string, unknown>, token = admin) =>
        attempt(api.post(`/admin/vendor-orders/${order.id}/refund`, body, bearer(token)))
      const before = (await api.get(`/admin/vendor-orders/${order.id}`, bearer(admin))).data.vendor_order

      const partial = await refund({ amount: 10, note: "Bread arrived squashed" })
      expect(partial.status).toEqual(200)
      expect(partial.data.vendor_order.summary.refunded_total).toEqual(10)
      expect(partial.data.vendor_order.vendor_status).toEqual("pending")
      // The customer hears of it.
      const storefront = { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${customer}` } }
      await eventually(
        "the refund in the customer's feed",
        async () => (await api.get("/store/notifications?limit=100", storefront)).data.notifications as any[],
        (feed) => feed.some((entry) => entry.event === "refund-issued" && entry.resource_id === order.id)
      )

      // Commission is not charged on money given back.
      const recomputed = await eventually(
        "the refunded order's commission to be recomputed",
        async () => (await api.get(`/admin/vendor-orders/${order.id}`, bearer(admin))).data.vendor_order,
        (current) => Number(current.commission_total) < Number(before.commission_total)
      )
      expect(Number(recomputed.commission_total)).toBeGreaterThan(0)
      // As one adjustment keyed by the refund, on a line that still shows what was placed.
      const [line] = recomputed.commission_lines
      expect(line.adjustments).toEqual([expect.objectContaining({ cause: expect.stringMatching(/^refund:ref/) })])
      expect(line.original_amount).toEqual(before.commission_lines[0].amount)
      expect(Number(line.amount)).toEqual(line.original_amount + line.adjustments[0].amount_delta)

      // Two refunds that together exceed what is left: one goes through, the other is refused.
      const left = order.total - 10
      const raced = await Promise.all([refund({ amount: left * 0.6 }), refund({ amount: left * 0.6 })])
      expect(raced.map((answer) => answer.status).sort()).toEqual([200, 400])
      expect(raced.find((answer) => answer.status === 400).data.message).toContain("amount")
      const { data: after } = await api.get(`/admin/vendor-orders/${order.id}`, bearer(admin))
      expect(after.vendor_order.summary.refunded_total).toBeCloseTo(10 + left * 0.6, 6)

      expect((await refund({ amount: -5 })).data.message).toContain("amount")
      // Amounts are bounded like every other: 1e300 and Infinity (1e999 in raw JSON) are a 400 naming amount.
      const huge = await refund({ amount: 1e300 })
      expect([huge.status, huge.data.message]).toEqual([400, expect.stringMatching(/amount.*at most/)])
      const infinite = await attempt(
        api.post(`/admin/vendor-orders/${order.id}/refund`, '{"amount": 1e999}', {
          headers: { ...bearer(admin).headers, "content-type": "application/json" },
          transformRequest: [(data: unknown) => data],
        })
      )
      expect([infinite.status, infinite.data.message]).toEqual([400, expect.stringContaining("amount")])
      expect((await refund({ amount: 5, bonus: true })).data.message).toContain("bonus")
      expect((await refund({})).data.message).toContain("amount")
      expect((await attempt(api.post("/admin/vendor-orders/order_nope/refund", { amount: 1 }, bearer(admin)))).status).toEqual(404)
      expect((await refund({ amount: 1 }, customer)).status).toEqual(401)
    })
  },
})

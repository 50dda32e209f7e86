import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN } from "@medusajs/framework/utils"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors, registerVendor } from "../helpers/actors"
import { marketplaceCart, payWithSystemProvider, sellingVendor } from "../helpers/catalog"
import { COMMISSION_MODULE } from "../../src/modules/commission"
import type CommissionModuleService from "../../src/modules/commission/service"
import { roundToCurrency } from "../../src/modules/commission/commission-calculation"
import { recomputeOrderCommissionWorkflow } from "../../src/workflows/commission/workflows/recompute-order-commission"
import { eventually } from "../helpers/eventually"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    /**
     * Two vendors, each with its own rule, in one cart ready to complete:
     * 2 × the bakery's first variant and 1 × the dairy's.
     */
    async function twoVendorCart() {
      const suffix = Math.random().toString(36).slice(2, 7)
      const bakery = await sellingVendor(api, admin, { name: `Busra Bakery ${suffix}`, product: { title: `Kaak ${suffix}` } })
      const dairy = await sellingVendor(api, admin, { name: `Jasim Dairy ${suffix}`, product: { title: `Labneh ${suffix}` } })
      const { data: bakeryRule } = await api.post(
        "/admin/commission-rules",
        { name: "Bakery deal", vendor_id: bakery.vendor.id, percent_rate: 5, flat_amount: 2, currency_code: "syp" },
        bearer(admin)
      )
      // Its flat amount is in dollars, so it is never charged on an order in pounds.
      const { data: dairyRule } = await api.post(
        "/admin/commission-rules",
        { name: "Dairy deal", vendor_id: dairy.vendor.id, percent_rate: 12.5, flat_amount: 1, currency_code: "usd" },
        bearer(admin)
      )
      const { cartId, headers } = await marketplaceCart(api, publishableKey, [
        { variant_id: bakery.product.variants[0].id, quantity: 2 },
        { variant_id: dairy.product.variants[0].id, quantity: 1 },
      ])
      return {
        cartId,
        headers,
        bakery: { ...bakery, rule: bakeryRule.commission_rule },
        dairy: { ...dairy, rule: dairyRule.commission_rule },
      }
    }

    async function placeTwoVendorOrder() {
      const { cartId, headers, bakery, dairy } = await twoVendorCart()
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const orderOf = (vendorId: string) => data.order_group.orders.find((order: any) => order.vendor.id === vendorId)
      return { bakery: { ...bakery, order: orderOf(bakery.vendor.id) }, dairy: { ...dairy, order: orderOf(dairy.vendor.id) } }
    }

    /** The line's total after discounts, without tax, as Medusa computes it (asking for `total` makes it compute item totals). */
    async function baseOfOnlyItem(orderId: string) {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,total,items.id,items.total,items.tax_total`, bearer(admin))
      const [item] = data.order.items
      return { item_id: item.id as string, base: MathBN.sub(item.total, item.tax_total) }
    }

    async function linesOf(orderId: string) {
      const { data } = await api.get(`/admin/commission-lines?order_id=${orderId}`, bearer(admin))
      return data.commission_lines as any[]
    }


    it("records a line per order line at checkout, with the rule's rate and the commission on the line's total without tax", async () => {
      const { bakery, dairy } = await placeTwoVendorOrder()

      const { data } = await api.get(`/admin/commission-lines?order_id=${bakery.order.id}`, bearer(admin))
      expect(data).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))
      const bakeryItem = await baseOfOnlyItem(bakery.order.id)
      const [bakeryLine] = data.commission_lines
      expect(bakeryLine).toEqual(
        expect.objectContaining({
          order_id: bakery.order.id,
          line_item_id: bakeryItem.item_id,
          vendor_id: bakery.vendor.id,
          rule_id: bakery.rule.id,
          percent_rate: 5,
          flat_amount: 2,
          currency_code: "syp",
          adjustments: [],
        })
      )
      const bakeryAmount = roundToCurrency(MathBN.add(MathBN.div(MathBN.mult(bakeryItem.base, 5), 100), 2), "syp")
      expect(MathBN.convert(bakeryLine.base_amount).toFixed()).toEqual(bakeryItem.base.toFixed())
      expect(MathBN.convert(bakeryLine.amount).toFixed()).toEqual(bakeryAmount.toFixed())
      expect([bakeryLine.original_base_amount, bakeryLine.original_amount]).toEqual([bakeryLine.base_amount, bakeryLine.amount])

      const dairyItem = await baseOfOnlyItem(dairy.order.id)
      const [dairyLine] = await linesOf(dairy.order.id)
      expect(dairyLine).toEqual(expect.objectContaining({ vendor_id: dairy.vendor.id, rule_id: dairy.rule.id, percent_rate: 12.5, flat_amount: null }))
      expect(MathBN.convert(dairyLine.amount).toFixed()).toEqual(roundToCurrency(MathBN.div(MathBN.mult(dairyItem.base, 12.5), 100), "syp").toFixed())

      // A vendor's lines, and a page of all of them.
      const { data: forVendor } = await api.get(`/admin/commission-lines?vendor_id=${dairy.vendor.id}`, bearer(admin))
      expect(forVendor.commission_lines.map((line: any) => line.id)).toEqual([dairyLine.id])
      const { data: page } = await api.get(
        `/admin/commission-lines?order_id[]=${bakery.order.id}&order_id[]=${dairy.order.id}&limit=1&order=created_at`,
        bearer(admin)
      )
      expect(page).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 1 }))
      expect(page.commission_lines).toHaveLength(1)
      const { data: none } = await api.get("/admin/commission-lines?order_id=order_unknown", bearer(admin))
      expect(none).toEqual({ commission_lines: [], count: 0, offset: 0, limit: 20 })

      // The read helper that order routes use for `commission_total`.
      const summaries = await getContainer()
        .resolve<CommissionModuleService>(COMMISSION_MODULE)
        .summarizeOrders([bakery.order.id, dairy.order.id, "order_unknown"])
      expect(summaries.get(bakery.order.id)!.lines.map((line) => line.id)).toEqual([bakeryLine.id])
      expect(MathBN.convert(summaries.get(bakery.order.id)!.commission_total).toFixed()).toEqual(bakeryAmount.toFixed())
      expect(MathBN.convert(summaries.get(dairy.order.id)!.commission_total).toFixed()).toEqual(MathBN.convert(dairyLine.amount).toFixed())
      expect(summaries.get("order_unknown")!.lines).toEqual([])
      expect(MathBN.convert(summaries.get("order_unknown")!.commission_total).toFixed()).toEqual("0")
    })

    it("leaves no commission lines when the checkout fails after placing the orders", async () => {
      const { cartId, headers, bakery, dairy } = await twoVendorCart()
      const linesOfVendor = async (vendorId: string) =>
        (await api.get(`/admin/commission-lines?vendor_id=${vendorId}`, bearer(admin))).data.commission_lines as any[]
      // The stock goes while the customer pays: reserving it fails once orders and lines exist.
      const stock = (quantity: number) =>
        api.post(`/vendor/products/${dairy.product.id}/variants/${dairy.product.variants[0].id}/stock`, { stocked_quantity: quantity }, bearer(dairy.token))
      await stock(0)
      const failed = await attempt(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect([failed.status, failed.data.message]).toEqual([400, expect.stringContaining("stock")])
      expect(await linesOfVendor(bakery.vendor.id)).toEqual([])
      expect(await linesOfVendor(dairy.vendor.id)).toEqual([])

      await stock(5)
      await payWithSystemProvider(api, publishableKey, cartId)
      await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(await linesOfVendor(bakery.vendor.id)).toHaveLength(1)
      expect(await linesOfVendor(dairy.vendor.id)).toHaveLength(1)
    })

    it("brings a canceled order's lines to 0 and keeps what was placed", async () => {
      const { bakery, dairy } = await placeTwoVendorOrder()
      const [placed] = await linesOf(bakery.order.id)
      expect(MathBN.gt(placed.amount, 0)).toBe(true)

      await api.post(`/admin/orders/${bakery.order.id}/cancel`, {}, bearer(admin))

      const [canceled] = await eventually(
        "the canceled order's lines to be recomputed",
        () => linesOf(bakery.order.id),
        (lines) => lines[0]?.adjustments?.length > 0
      )
      expect(canceled).toEqual(
        expect.objectContaining({
          id: placed.id,
          base_amount: 0,
          amount: 0,
          original_base_amount: placed.original_base_amount,
          original_amount: placed.original_amount,
        })
      )
      // The line itself is not rewritten: the cancel is one adjustment of what was placed, keyed by its cause.
      expect(canceled.adjustments).toEqual([
        expect.objectContaining({
          cause: `cancel:${bakery.order.id}`,
          base_delta: -placed.original_base_amount,
          amount_delta: -placed.original_amount,
        }),
      ])
      // The other vendor's order in the same checkout is untouched.
      const [untouched] = await linesOf(dairy.order.id)
      expect(untouched).toEqual(expect.objectContaining({ amount: untouched.original_amount, adjustments: [] }))
    })

    it("takes a received return's units out of its line, and keeps the flat amount while the line keeps a base", async () => {
      const { bakery } = await placeTwoVendorOrder()
      const orderId = bakery.order.id
      const [placed] = await linesOf(orderId)
      const { data: vendorDetail } = await api.get(`/admin/vendors/${bakery.vendor.id}`, bearer(admin))
      const location_id = vendorDetail.vendor.stock_location.id
      const items = [{ id: placed.line_item_id, quantity: 2 }]
      await api.post(`/admin/orders/${orderId}/fulfillments`, { items, location_id }, bearer(admin))

      // Medusa's own return flow: one of the two units comes back.
      const { data: created } = await api.post("/admin/returns", { order_id: orderId, location_id }, bearer(admin))
      const returnId = created.return.id
      const oneUnit = { items: [{ id: placed.line_item_id, quantity: 1 }] }
      await api.post(`/admin/returns/${returnId}/request-items`, oneUnit, bearer(admin))
      await api.post(`/admin/returns/${returnId}/request`, {}, bearer(admin))
      await api.post(`/admin/returns/${returnId}/receive`, {}, bearer(admin))
      await api.post(`/admin/returns/${returnId}/receive-items`, oneUnit, bearer(admin))
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, bearer(admin))

      const [afterReturn] = await eventually(
        "the returned order's lines to be recomputed",
        () => linesOf(orderId),
        (lines) => lines[0]?.adjustments?.length > 0
      )
      expect(afterReturn.adjustments).toEqual([expect.objectContaining({ cause: `return:${returnId}` })])
      const halfBase = MathBN.div(placed.original_base_amount, 2)
      expect(MathBN.convert(afterReturn.base_amount).toFixed()).toEqual(halfBase.toFixed())
      expect(MathBN.convert(afterReturn.amount).toFixed()).toEqual(roundToCurrency(MathBN.add(MathBN.div(MathBN.mult(halfBase, 5), 100), 2), "syp").toFixed())
      expect([afterReturn.original_base_amount, afterReturn.original_amount]).toEqual([placed.original_base_amount, placed.original_amount])

      // The same cause again, or another cause with nothing changed, records nothing; an order without lines is left alone.
      const recompute = (order_id: string, cause: string) => recomputeOrderCommissionWorkflow(getContainer()).run({ input: { order_id, cause } })
      expect((await recompute(orderId, `return:${returnId}`)).result).toEqual([])
      expect((await recompute(orderId, "refund:ref_unrelated")).result).toEqual([])
      const [again] = await linesOf(orderId)
      expect([again.base_amount, again.amount, again.adjustments]).toEqual([afterReturn.base_amount, afterReturn.amount, afterReturn.adjustments])
      expect((await recompute("order_without_lines", "cancel:order_without_lines")).result).toEqual([])

      // Only what is asked for is answered: the amounts now without the adjustments they come from.
      const { data: narrow } = await api.get(`/admin/commission-lines?order_id=${orderId}&fields=id,amount`, bearer(admin))
      expect(narrow.commission_lines).toEqual([{ id: placed.id, amount: afterReturn.amount }])
    })

    it.each([
      ["an unknown filter", "colour=red", "colour"],
      ["an empty order id", "order_id=", "order_id"],
      ["a limit that is not a number", "limit=many", "limit"],
    ])("answers 400 naming the field for %s", async (_label, search, field) => {
      const response = await attempt(api.get(`/admin/commission-lines?${search}`, bearer(admin)))
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain(field)
    })

    it("takes fields and order, computing the amounts now only when asked, and names unknown ones", async () => {
      const { bakery } = await placeTwoVendorOrder()
      const { data: full } = await api.get(`/admin/commission-lines?order_id=${bakery.order.id}`, bearer(admin))
      const line = full.commission_lines[0]
      const { data } = await api.get(`/admin/commission-lines?order_id=${line.order_id}&fields=amount,vendor_id&order=created_at`, bearer(admin))
      expect(data.commission_lines[0]).toEqual({ id: expect.any(String), vendor_id: line.vendor_id, amount: expect.anything() })
      const { data: placed } = await api.get(`/admin/commission-lines?order_id=${line.order_id}&fields=-adjustments,-amount`, bearer(admin))
      expect(placed.commission_lines[0].adjustments).toBeUndefined()
      expect(placed.commission_lines[0].amount).toBeUndefined()
      expect(placed.commission_lines[0].original_amount).toBeDefined()
      for (const [url, named] of [
        ["/admin/commission-lines?fields=order.email", "'order.email'"],
        ["/admin/commission-lines?order=amount", "got 'amount'"],
      ]) {
        const response = await attempt(api.get(url, bearer(admin)))
        expect([url, response.status]).toEqual([url, 400])
        expect(response.data.message).toContain(named)
      }
    })

    it("answers 401 to customers and vendors", async () => {
      const customer = await customerToken(api, publishableKey)
      const { token: vendor } = await registerVendor(api)
      for (const token of [customer, vendor]) {
        expect((await attempt(api.get("/admin/commission-lines", bearer(token)))).status).toEqual(401)
      }
      expect((await attempt(api.get("/admin/commission-lines"))).status).toEqual(401)
    })
  },
})

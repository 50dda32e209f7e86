import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { roundToCurrency } from "../../src/modules/commission/commission-calculation"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors } from "../helpers/actors"
import { marketplaceCart, payWithSystemProvider, sellingVendor } from "../helpers/catalog"

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

    const sum = (values: any[]) => values.reduce((total, value) => MathBN.add(total, value), MathBN.convert(0))

    async function vendorLocation(vendorId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "vendor", fields: ["stock_location.id"], filters: { id: vendorId } })
      return (data[0] as any).stock_location.id as string
    }

    async function paymentOf(cartId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "cart",
          fields: ["payment_collection.id", "payment_collection.payments.id", "payment_collection.payments.captures.*", "payment_collection.payments.canceled_at"],
          filters: { id: cartId },
        })
      return (data[0] as any).payment_collection
    }

    async function groupsOfCart(cartId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order_group", fields: ["id", "orders.id"], filters: { cart_id: cartId } })
      return data as any[]
    }

    async function threeVendorCart(customer?: string, products: Record<string, unknown>[] = []) {
      const vendors = await Promise.all(
        ["Bosra Sweets", "Nawa Dairy", "Izra Olive Press"].map((name, index) => sellingVendor(api, admin, { name, product: products[index] }))
      )
      const lines = vendors.map((vendor, index) => ({ variant_id: vendor.product.variants[0].id, quantity: index + 1 }))
      const ready = await marketplaceCart(api, publishableKey, lines, customer)
      return { vendors, ...ready }
    }

    it("completes a 3-vendor cart as one group of three orders whose totals add up to the one payment", async () => {
      const { data: categories } = await api.get("/admin/product-categories?handle=bakery", bearer(admin))
      const bakery = categories.product_categories[0].id
      const customer = await customerToken(api, publishableKey)
      const { vendors, cartId, cart, headers } = await threeVendorCart(customer, [{}, {}, { category_ids: [bakery] }])

      // Three vendors, three different rules: the global default, a vendor's own, and a vendor's rule for one category.
      const rule = async (body: Record<string, unknown>) =>
        (await api.post("/admin/commission-rules", { name: "rule", ...body }, bearer(admin))).data.commission_rule
      const global = await rule({ percent_rate: 10 })
      const nawa = await rule({ vendor_id: vendors[1].vendor.id, percent_rate: 5, flat_amount: 2, currency_code: "syp" })
      await rule({ vendor_id: vendors[2].vendor.id, percent_rate: 20 })
      const izraBakery = await rule({ vendor_id: vendors[2].vendor.id, category_id: bakery, percent_rate: 12.5 })

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(data.type).toEqual("order")
      expect(data.order_group.orders).toHaveLength(3)
      expect(data.order.id).toEqual(data.order_group.orders[0].id)
      const orders = data.order_group.orders

      // Each order holds exactly its vendor's line and delivery, and is linked to that vendor.
      for (const [index, vendor] of vendors.entries()) {
        const order = orders.find((o: any) => o.vendor.id === vendor.vendor.id)
        expect(order.items.map((item: any) => [item.variant_id, item.quantity])).toEqual([[vendor.product.variants[0].id, index + 1]])
        expect(order.shipping_methods).toHaveLength(1)
        expect(order.shipping_methods[0].name).toContain(vendor.vendor.name)
      }
      // Totals add up exactly to what the customer was charged.
      expect(MathBN.eq(sum(orders.map((o: any) => o.total)), cart.total)).toBe(true)

      // One payment, captured once for the whole cart; each order's summary shows its share.
      const collection = await paymentOf(cartId)
      expect(collection.payments).toHaveLength(1)
      expect(collection.payments[0].captures).toHaveLength(1)
      expect(MathBN.eq(collection.payments[0].captures[0].amount, cart.total)).toBe(true)
      for (const order of orders) {
        const { data: one } = await api.get(`/store/orders/${order.id}`, headers)
        expect(MathBN.eq(one.order.summary.paid_total, order.total)).toBe(true)
      }

      // Commission lines, one per order line, with the winning rule and its rate as they were.
      const expected = [
        { rule: global, percent: 10, flat: 0 },
        { rule: nawa, percent: 5, flat: 2 },
        { rule: izraBakery, percent: 12.5, flat: 0 },
      ]
      for (const [index, vendor] of vendors.entries()) {
        const order = orders.find((o: any) => o.vendor.id === vendor.vendor.id)
        const { data: lines } = await api.get(`/admin/commission-lines?order_id=${order.id}`, bearer(admin))
        expect(lines.commission_lines).toHaveLength(1)
        const [line] = lines.commission_lines
        expect(line).toMatchObject({ vendor_id: vendor.vendor.id, line_item_id: order.items[0].id, rule_id: expected[index].rule.id })
        expect(Number(line.percent_rate)).toEqual(expected[index].percent)
        expect(Number(line.base_amount)).toBeCloseTo(order.items[0].total - order.items[0].tax_total, 6)
        // Rounded to the currency (SYP has no decimals).
        const exact = MathBN.add(MathBN.div(MathBN.mult(line.base_amount, expected[index].percent), 100), expected[index].flat)
        expect(MathBN.eq(line.amount, roundToCurrency(exact, order.currency_code))).toBe(true)

        // The vendor sees its own order with the same commission, and nobody else's.
        const { data: mine } = await api.get("/vendor/orders", bearer(vendor.token))
        expect(mine.orders.map((o: any) => o.id)).toEqual([order.id])
        expect(Number(mine.orders[0].commission_total)).toBeCloseTo(Number(line.amount), 6)
        expect(Number(mine.orders[0].net_total)).toBeCloseTo(Number(line.base_amount) - Number(line.amount), 6)
        for (const other of orders.filter((o: any) => o.id !== order.id)) {
          expect((await attempt(api.get(`/vendor/orders/${other.id}`, bearer(vendor.token)))).status).toEqual(404)
        }
      }

      // Stock is reserved at each vendor's own location.
      const inventory = getContainer().resolve(Modules.INVENTORY)
      for (const order of orders) {
        const reservations = await inventory.listReservationItems({ line_item_id: order.items.map((item: any) => item.id) })
        expect(reservations).toHaveLength(1)
        expect(reservations[0].location_id).toEqual(await vendorLocation(order.vendor.id))
      }

      // The customer sees the group, and only their own.
      const { data: list } = await api.get("/store/order-groups", { headers: { ...headers.headers } })
      expect(list.order_groups.map((group: any) => group.id)).toEqual([data.order_group.id])
      expect(list.count).toEqual(1)
      expect(list.order_groups[0].orders.map((o: any) => o.vendor_status)).toEqual(["pending", "pending", "pending"])
      const { data: one } = await api.get(`/store/order-groups/${data.order_group.id}`, headers)
      expect(one.order_group.orders.map((o: any) => o.id)).toEqual(orders.map((o: any) => o.id))

      const stranger = await customerToken(api, publishableKey)
      const strangerHeaders = { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${stranger}` } }
      expect((await attempt(api.get(`/store/order-groups/${data.order_group.id}`, strangerHeaders))).status).toEqual(404)
      expect((await api.get("/store/order-groups", strangerHeaders)).data.order_groups).toEqual([])
      expect((await attempt(api.get("/store/order-groups", { headers: { "x-publishable-api-key": publishableKey } }))).status).toEqual(401)
      expect((await attempt(api.get("/store/order-groups?limit=0", headers))).data.message).toContain("limit")
    })

    it("gives each order its own taxes and its share of an order-wide promotion, adding up to the cart", async () => {
      const { data: regions } = await api.get("/admin/tax-regions?country_code=sy", bearer(admin))
      await api.post(
        "/admin/tax-rates",
        { tax_region_id: regions.tax_regions[0].id, name: "Sales tax", code: "VAT", rate: 11, is_default: true },
        bearer(admin)
      )
      const code = `EID-${Date.now()}`
      await api.post(
        "/admin/promotions",
        {
          code,
          type: "standard",
          status: "active",
          application_method: { type: "fixed", target_type: "order", allocation: "across", value: 10, currency_code: "syp" },
        },
        bearer(admin)
      )
      const customer = await customerToken(api, publishableKey)
      const { vendors, cartId, headers } = await threeVendorCart(customer)
      await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, headers)
      await payWithSystemProvider(api, publishableKey, cartId)
      const { data: before } = await api.get(`/store/carts/${cartId}`, headers)
      expect(before.cart.discount_total).toBeGreaterThan(0)
      expect(before.cart.tax_total).toBeGreaterThan(0)

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const orders = data.order_group.orders
      expect(orders).toHaveLength(3)
      for (const order of orders) {
        expect(order.discount_total).toBeGreaterThan(0)
        expect(order.tax_total).toBeGreaterThan(0)
        expect(order.items[0].adjustments.map((adjustment: any) => adjustment.code)).toEqual([code])
      }
      for (const key of ["total", "tax_total", "discount_total", "shipping_total", "item_total"]) {
        expect(Number(sum(orders.map((o: any) => o[key])))).toBeCloseTo(before.cart[key], 6)
      }
      // The promotion is used once for the checkout, and each order is linked to it.
      const { data: promotions } = await api.get(`/admin/promotions?q=${code}`, bearer(admin))
      expect(promotions.promotions[0].campaign?.budget?.used ?? null).toBeNull()
      const { data: linked } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "promotions.code"], filters: { id: orders.map((o: any) => o.id) } })
      expect((linked as any[]).map((order) => order.promotions.map((p: any) => p.code))).toEqual([[code], [code], [code]])
      expect(vendors).toHaveLength(3)
    })

    it("gives a single-vendor cart a group of one", async () => {
      const vendor = await sellingVendor(api, admin, { name: "Tafas Honey" })
      const { cartId, headers } = await marketplaceCart(api, publishableKey, [{ variant_id: vendor.product.variants[0].id, quantity: 2 }])
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(data.order_group.orders.map((o: any) => o.id)).toEqual([data.order.id])
      expect(data.order.vendor.id).toEqual(vendor.vendor.id)
    })

    it("completes a cart once, however often and however concurrently it is asked", async () => {
      const { cartId, headers } = await threeVendorCart()
      const first = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(again.data.order_group.id).toEqual(first.data.order_group.id)
      expect(again.data.order_group.orders.map((o: any) => o.id)).toEqual(first.data.order_group.orders.map((o: any) => o.id))

      const { cartId: racedCartId } = await threeVendorCart()
      const answers = await Promise.all(Array.from({ length: 10 }, () => attempt(api.post(`/store/carts/${racedCartId}/complete`, {}, headers))))
      const succeeded = answers.filter((answer) => answer.status === 200)
      expect(succeeded.length).toBeGreaterThan(0)
      // Any request that did not wait for the first answers "being completed", never a second group.
      for (const answer of answers.filter((a) => a.status !== 200)) {
        expect(answer.status).toEqual(409)
      }
      expect(new Set(succeeded.map((answer) => answer.data.order_group.id)).size).toEqual(1)
      const groups = await groupsOfCart(racedCartId)
      expect(groups).toHaveLength(1)
      expect(groups[0].orders).toHaveLength(3)
      const collection = await paymentOf(racedCartId)
      expect(collection.payments).toHaveLength(1)
      expect(collection.payments[0].captures).toHaveLength(1)
    })

    it("answers lines added to one cart at once with 200 or 409 and Retry-After, never a 5xx, and keeps exactly the lines it took", async () => {
      const { cartId, headers } = await threeVendorCart()
      const { data: before } = await api.get(`/store/carts/${cartId}`, headers)
      const line = before.cart.items[0]
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => attempt(api.post(`/store/carts/${cartId}/line-items`, { variant_id: line.variant_id, quantity: 1 }, headers)))
      )
      const taken = answers.filter((answer) => answer.status === 200).length
      expect(taken).toBeGreaterThan(0)
      for (const answer of answers.filter((a) => a.status !== 200)) {
        expect([answer.status, answer.headers["retry-after"], answer.data.message]).toEqual([409, "1", expect.stringContaining("Try again")])
      }
      const { data: after } = await api.get(`/store/carts/${cartId}`, headers)
      expect(after.cart.items.find((item: any) => item.id === line.id).quantity).toEqual(line.quantity + taken)
    })

    it("leaves no orders, no reservations and no captured payment when one vendor runs out midway", async () => {
      const { vendors, cartId, headers } = await threeVendorCart()
      const short = vendors[2]
      // The stock went while the customer was paying.
      await api.post(
        `/vendor/products/${short.product.id}/variants/${short.product.variants[0].id}/stock`,
        { stocked_quantity: 1 },
        bearer(short.token)
      )
      const failed = await attempt(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect([failed.status, failed.data.message]).toEqual([400, expect.stringContaining("stock")])

      expect(await groupsOfCart(cartId)).toEqual([])
      const orderModule = getContainer().resolve(Modules.ORDER)
      const variantIds = vendors.map((vendor) => vendor.product.variants[0].id)
      const orphanItems = await orderModule.listOrderLineItems({ variant_id: variantIds })
      expect(orphanItems).toEqual([])
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const { data: variants } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantIds } })
      const inventoryItemIds = (variants as any[]).flatMap((variant) => variant.inventory_items.map((item: any) => item.inventory_item_id))
      expect(await inventory.listReservationItems({ inventory_item_id: inventoryItemIds })).toEqual([])
      const collection = await paymentOf(cartId)
      for (const payment of collection.payments ?? []) {
        expect(payment.captures).toEqual([])
      }
      const { data: cart } = await api.get(`/store/carts/${cartId}`, headers)
      expect(cart.cart.completed_at).toBeNull()

      // Restocked, the same cart completes.
      await api.post(
        `/vendor/products/${short.product.id}/variants/${short.product.variants[0].id}/stock`,
        { stocked_quantity: 20 },
        bearer(short.token)
      )
      await payWithSystemProvider(api, publishableKey, cartId)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(data.order_group.orders).toHaveLength(3)
    })
  },
})

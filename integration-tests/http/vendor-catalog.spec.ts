import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors, registerVendor, settled, vendorAction } from "../helpers/actors"
import { createProduct, payWithSystemProvider, productBody, readyCart, sellingVendor } from "../helpers/catalog"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string
    let admin: string
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey, regionId } = await seedDemoMarketplace(getContainer()))
      store = { headers: { "x-publishable-api-key": publishableKey } }
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    async function bakeryCategoryId() {
      const { data } = await api.get("/store/product-categories?handle=bakery", store)
      return data.product_categories[0].id as string
    }

    it("onboards a vendor end to end: register → pending → approve → publish → visible in the store", async () => {
      const { vendor, token } = await registerVendor(api, { name: "Sahl Bakery" })
      const product = await createProduct(api, token, { category_ids: [await bakeryCategoryId()] })
      expect(product.status).toEqual("published")
      expect(product.variants.map((v: any) => v.stock.stocked_quantity).sort()).toEqual([10, 25])

      // Pending: a draft catalog nobody can see or buy.
      expect((await attempt(api.get(`/store/products/${product.id}`, store))).status).toEqual(404)
      expect((await api.get(`/store/products?vendor_id=${vendor.id}`, store)).data.products).toEqual([])

      await vendorAction(api, admin, vendor.id, "approve")

      const { data: one } = await api.get(`/store/products/${product.id}`, store)
      expect(one.product.vendor).toEqual({ id: vendor.id, handle: "sahl-bakery", name: "Sahl Bakery" })
      const { data: list } = await api.get(`/store/products?vendor_id=${vendor.id}`, store)
      expect(list.products.map((p: any) => p.id)).toEqual([product.id])
      const { data: all } = await api.get("/store/products?limit=100", store)
      expect(all.products.find((p: any) => p.id === product.id).vendor.handle).toEqual("sahl-bakery")
      expect(all.products.find((p: any) => p.handle === "labneh").vendor.handle).toEqual("daraa-fresh-market")

      const { data: page } = await api.get("/store/vendors/sahl-bakery", store)
      expect(page.vendor.categories.map((c: any) => c.handle)).toEqual(["bakery"])
    })

    it("shows admins every product with its vendor, and any vendor's catalog, pending ones included", async () => {
      const { vendor, token } = await registerVendor(api, { name: "Sanamein Grocer" })
      const product = await createProduct(api, token, { status: "draft" })
      const { data } = await api.get(`/admin/products?vendor_id=${vendor.id}`, bearer(admin))
      expect(data.products.map((p: any) => [p.id, p.vendor.handle])).toEqual([[product.id, vendor.handle]])
      const { data: one } = await api.get(`/admin/products/${product.id}`, bearer(admin))
      expect(one.product.vendor).toEqual({ id: vendor.id, handle: vendor.handle, name: "Sanamein Grocer" })
      const { data: all } = await api.get("/admin/products?limit=100", bearer(admin))
      expect(all.products.find((p: any) => p.handle === "freekeh").vendor.handle).toEqual("al-balad-pantry")
      expect((await api.get("/admin/products?vendor_id=ven_unknown", bearer(admin))).data.products).toEqual([])
    })

    it("keeps drafts out of the store even for an active vendor", async () => {
      const { vendor, token } = await registerVendor(api)
      await vendorAction(api, admin, vendor.id, "approve")
      const draft = await createProduct(api, token, { status: "draft" })
      expect((await attempt(api.get(`/store/products/${draft.id}`, store))).status).toEqual(404)
      await api.post(`/vendor/products/${draft.id}`, { status: "published" }, bearer(token))
      expect((await api.get(`/store/products/${draft.id}`, store)).status).toEqual(200)
    })

    it("hides a suspended vendor's products at once; a cart holding them fails at checkout naming the vendor", async () => {
      const { vendor, token } = await registerVendor(api, { name: "Tafas Sweets" })
      await vendorAction(api, admin, vendor.id, "approve")
      const product = await createProduct(api, token)
      const variantId = product.variants[0].id
      const cartId = await readyCart(api, publishableKey, variantId)

      await vendorAction(api, admin, vendor.id, "suspend", "Hygiene inspection failed")

      expect((await attempt(api.get(`/store/products/${product.id}`, store))).status).toEqual(404)
      const adding = await attempt(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, store))
      expect(adding.status).toEqual(400)
      const completing = await attempt(api.post(`/store/carts/${cartId}/complete`, {}, store))
      const message = completing.data.error?.message ?? completing.data.message
      expect(message).toContain("Tafas Sweets")
      const { data: orders } = await api.get("/admin/orders", bearer(admin))
      expect(orders.orders).toHaveLength(0)

      // Reinstated, the same cart goes through.
      await vendorAction(api, admin, vendor.id, "reinstate", "Re-inspection passed")
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toEqual("order")
    })

    it("rejection keeps the products hidden", async () => {
      const { vendor, token } = await registerVendor(api)
      const product = await createProduct(api, token)
      await vendorAction(api, admin, vendor.id, "reject", "Incomplete documents")
      expect((await attempt(api.get(`/store/products/${product.id}`, store))).status).toEqual(404)
      const cart = await attempt(
        api.post("/store/carts", { items: [{ variant_id: product.variants[0].id, quantity: 1 }] }, store)
      )
      expect(cart.status).toEqual(400)
    })

    it("offers each vendor's delivery, covers a vendor added after the shopper chose delivery, and names vendors still without one", async () => {
      const bakery = await registerVendor(api, { name: "Izra Bakery" })
      const dairy = await registerVendor(api, { name: "Nawa Dairy" })
      for (const v of [bakery, dairy]) {
        await vendorAction(api, admin, v.vendor.id, "approve")
      }
      const bread = await createProduct(api, bakery.token)
      const cheese = await createProduct(api, dairy.token, { title: "Nabulsi Cheese" })

      // A cart with a delivery choice: the dairy, added later, gets its default delivery at once.
      const cartId = await readyCart(api, publishableKey, bread.variants[0].id)
      const { data: added } = await api.post(
        `/store/carts/${cartId}/line-items?fields=*shipping_methods`,
        { variant_id: cheese.variants[0].id, quantity: 1 },
        store
      )
      expect(added.cart.shipping_methods.map((m: any) => m.name).sort()).toEqual(["Delivery by Izra Bakery", "Delivery by Nawa Dairy"])

      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      expect(data.shipping_options.map((o: any) => [o.name, o.vendor.handle]).sort()).toEqual([
        ["Delivery by Izra Bakery", bakery.vendor.handle],
        ["Delivery by Nawa Dairy", dairy.vendor.handle],
      ])
      await payWithSystemProvider(api, publishableKey, cartId)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toEqual("order")

      // A cart where nobody chose delivery yet: completing names each store.
      const { data: regions } = await api.get("/store/regions", store)
      const { data: fresh } = await api.post(
        "/store/carts",
        { region_id: regions.regions[0].id, email: "buyer@example.com", items: [{ variant_id: cheese.variants[0].id, quantity: 1 }] },
        store
      )
      await payWithSystemProvider(api, publishableKey, fresh.cart.id)
      const missing = await attempt(api.post(`/store/carts/${fresh.cart.id}/complete`, {}, store))
      const message = missing.data.error?.message ?? missing.data.message
      expect(message).toContain("Nawa Dairy")
      expect(message).not.toContain("Izra Bakery")
    })

    describe("/vendor/products", () => {
      it("lists, reads, updates and deletes only the vendor's own products", async () => {
        const mine = await registerVendor(api)
        const theirs = await registerVendor(api)
        const own = await createProduct(api, mine.token, { title: "Mine" })
        const other = await createProduct(api, theirs.token, { title: "Theirs" })

        const { data: list } = await api.get("/vendor/products", bearer(mine.token))
        expect(list.products.map((p: any) => p.title)).toEqual(["Mine"])
        expect(list).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))

        for (const request of settled([
          api.get(`/vendor/products/${other.id}`, bearer(mine.token)),
          api.post(`/vendor/products/${other.id}`, { title: "Stolen" }, bearer(mine.token)),
          api.delete(`/vendor/products/${other.id}`, bearer(mine.token)),
          api.post(`/vendor/products/${other.id}/variants/${other.variants[0].id}/stock`, { stocked_quantity: 1 }, bearer(mine.token)),
          api.post(`/vendor/products/${own.id}/variants/${other.variants[0].id}/stock`, { stocked_quantity: 1 }, bearer(mine.token)),
        ])) {
          expect((await attempt(request)).status).toEqual(404)
        }
        const theirsReads = await attempt(api.get(`/vendor/products/${other.id}`, bearer(theirs.token)))
        expect([theirsReads.status, theirsReads.data.product?.title ?? theirsReads.data.message]).toEqual([200, "Theirs"])

        const updated = await attempt(api.post(`/vendor/products/${own.id}`, { title: "Mine, renamed" }, bearer(mine.token)))
        expect([updated.status, updated.data.product?.title ?? updated.data.message]).toEqual([200, "Mine, renamed"])
        const deleted = await attempt(api.delete(`/vendor/products/${own.id}`, bearer(mine.token)))
        expect(deleted.data).toEqual({ id: own.id, object: "product", deleted: true })
        expect((await attempt(api.get(`/vendor/products/${own.id}`, bearer(mine.token)))).status).toEqual(404)
      })

      it("adds, updates and deletes variants with their prices and stock", async () => {
        const mine = await registerVendor(api)
        const theirs = await registerVendor(api)
        const product = await createProduct(api, mine.token, {
          options: [{ title: "Pack", values: ["6 pieces", "12 pieces", "24 pieces"] }],
        })
        const { data: added } = await api.post(
          `/vendor/products/${product.id}/variants`,
          { title: "24 pieces", options: { Pack: "24 pieces" }, prices: [{ amount: 140, currency_code: "syp" }], stock_quantity: 4 },
          bearer(mine.token)
        )
        const big = added.product.variants.find((v: any) => v.title === "24 pieces")
        expect(big.stock.stocked_quantity).toEqual(4)
        expect(big.prices.map((p: any) => [p.currency_code, p.amount])).toEqual([["syp", 140]])

        const { data: repriced } = await api.post(
          `/vendor/products/${product.id}/variants/${big.id}`,
          { title: "Family pack", prices: [{ amount: 150, currency_code: "syp" }, { amount: 1.25, currency_code: "usd" }] },
          bearer(mine.token)
        )
        const updated = repriced.product.variants.find((v: any) => v.id === big.id)
        expect(updated.title).toEqual("Family pack")
        expect(updated.prices.map((p: any) => [p.currency_code, p.amount]).sort()).toEqual([["syp", 150], ["usd", 1.25]])

        const badPrice = await attempt(
          api.post(`/vendor/products/${product.id}/variants/${big.id}`, { prices: [{ amount: 5, currency_code: "syrian" }] }, bearer(mine.token))
        )
        expect(badPrice.status).toEqual(400)
        expect(badPrice.data.message).toContain("currency_code")
        const foreign = await attempt(api.delete(`/vendor/products/${product.id}/variants/${big.id}`, bearer(theirs.token)))
        expect(foreign.status).toEqual(404)

        const { data: removed } = await api.delete(`/vendor/products/${product.id}/variants/${big.id}`, bearer(mine.token))
        expect(removed).toEqual({ id: big.id, object: "variant", deleted: true })
        const { data: after } = await api.get(`/vendor/products/${product.id}`, bearer(mine.token))
        expect(after.product.variants.map((v: any) => v.id)).not.toContain(big.id)
      })

      it("answers 409 to a duplicate handle", async () => {
        const { token } = await registerVendor(api)
        await createProduct(api, token, { handle: "kaak-daraa" })
        const response = await attempt(api.post("/vendor/products", productBody({ handle: "kaak-daraa" }), bearer(token)))
        expect(response.status).toEqual(409)
        expect(response.data.message).toContain("kaak-daraa")
        const seeded = await attempt(api.post("/vendor/products", productBody({ handle: "labneh" }), bearer(token)))
        expect(seeded.status).toEqual(409)
      })

      it.each([
        ["an unknown field", { colour: "red" }, "colour"],
        ["no variants", { variants: [] }, "variants"],
        ["a negative price", { variants: [{ title: "x", prices: [{ amount: -1, currency_code: "syp" }] }] }, "amount"],
        ["an unknown status", { status: "live" }, "status"],
        ["a category that does not exist", { category_ids: ["pcat_nope"] }, "category_ids"],
      ])("answers 400 naming the field for %s", async (_label, change, field) => {
        const { token } = await registerVendor(api)
        const response = await attempt(api.post("/vendor/products", productBody(change), bearer(token)))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
      })

      it("takes fields and order on the products and categories lists, and names unknown ones", async () => {
        const { token } = await registerVendor(api)
        const older = await createProduct(api, token, { title: "Apricot Jam" })
        const newer = await createProduct(api, token, { title: "Zaatar Mix" })
        const { data: narrow } = await api.get("/vendor/products?fields=title,status&order=-title", bearer(token))
        expect(narrow.products).toEqual([
          { id: newer.id, title: "Zaatar Mix", status: expect.any(String) },
          { id: older.id, title: "Apricot Jam", status: expect.any(String) },
        ])
        // The variants bring their stock along, as in the default answer.
        const { data: withVariants } = await api.get("/vendor/products?fields=title,variants.sku&order=title", bearer(token))
        expect(withVariants.products[0].variants[0]).toEqual(expect.objectContaining({ stock: expect.anything() }))
        const { data: categories } = await api.get("/vendor/product-categories?fields=handle&order=-handle&limit=2", bearer(token))
        expect(categories.product_categories).toEqual([
          { id: expect.any(String), handle: "sweets" },
          { id: expect.any(String), handle: "pantry" },
        ])
        for (const [url, named] of [
          ["/vendor/products?fields=vendor.id", "'vendor.id'"],
          ["/vendor/products?order=price", "got 'price'"],
          ["/vendor/product-categories?fields=is_internal", "'is_internal'"],
        ]) {
          const response = await attempt(api.get(url, bearer(token)))
          expect([url, response.status]).toEqual([url, 400])
          expect(response.data.message).toContain(named)
        }
      })

      it("is closed to customers and anonymous callers", async () => {
        const customer = await customerToken(api, publishableKey)
        expect((await attempt(api.get("/vendor/products", bearer(customer)))).status).toEqual(401)
        expect((await attempt(api.post("/vendor/products", productBody(), bearer(customer)))).status).toEqual(401)
        expect((await attempt(api.get("/vendor/products"))).status).toEqual(401)
      })

      it("offers the platform's categories only", async () => {
        const { token } = await registerVendor(api)
        const { data } = await api.get("/vendor/product-categories", bearer(token))
        expect(data.product_categories.map((c: any) => c.handle).sort()).toEqual(
          ["bakery", "dairy-eggs", "fresh-produce", "household", "pantry", "sweets"]
        )
      })
    })

    describe("stock", () => {
      it("sets stock at the vendor's location and emits vendor.stock_low at or under the threshold", async () => {
        const { vendor, token } = await registerVendor(api)
        const product = await createProduct(api, token)
        const variant = product.variants.find((v: any) => v.title === "6 pieces")

        const received: any[] = []
        getContainer()
          .resolve(Modules.EVENT_BUS)
          .subscribe("vendor.stock_low", async (event: any) => {
            received.push(event.data)
          }, { subscriberId: `stock-low-test-${Date.now()}` })

        const { data: plenty } = await api.post(
          `/vendor/products/${product.id}/variants/${variant.id}/stock`,
          { stocked_quantity: 40, low_stock_threshold: 5 },
          bearer(token)
        )
        expect(plenty.product.variants.find((v: any) => v.id === variant.id).stock).toEqual(
          expect.objectContaining({ stocked_quantity: 40, available_quantity: 40, low_stock_threshold: 5 })
        )
        await api.post(`/vendor/products/${product.id}/variants/${variant.id}/stock`, { stocked_quantity: 3 }, bearer(token))
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(received).toEqual([
          expect.objectContaining({ vendor_id: vendor.id, variant_id: variant.id, available_quantity: 3, threshold: 5 }),
        ])

        const bad = await attempt(
          api.post(`/vendor/products/${product.id}/variants/${variant.id}/stock`, { stocked_quantity: -2 }, bearer(token))
        )
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("stocked_quantity")
      })
    })

    describe("stock and orders", () => {
      it("emits vendor.stock_low when an order leaves a variant at or under its threshold", async () => {
        const { vendor, token } = await registerVendor(api)
        await vendorAction(api, admin, vendor.id, "approve")
        const product = await createProduct(api, token)
        const variant = product.variants.find((v: any) => v.title === "6 pieces")
        await api.post(
          `/vendor/products/${product.id}/variants/${variant.id}/stock`,
          { stocked_quantity: 8, low_stock_threshold: 5 },
          bearer(token)
        )

        const received: any[] = []
        getContainer()
          .resolve(Modules.EVENT_BUS)
          .subscribe("vendor.stock_low", async (event: any) => {
            received.push(event.data)
          }, { subscriberId: `order-stock-low-test-${Date.now()}` })

        const cartId = await readyCart(api, publishableKey, variant.id, 4)
        expect((await api.post(`/store/carts/${cartId}/complete`, {}, store)).data.type).toEqual("order")

        for (let i = 0; i < 40 && !received.length; i++) {
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
        expect(received).toEqual([
          expect.objectContaining({ vendor_id: vendor.id, variant_id: variant.id, available_quantity: 4, threshold: 5 }),
        ])
        const { data } = await api.get(`/vendor/products/${product.id}`, bearer(token))
        expect(data.product.variants.find((v: any) => v.id === variant.id).stock).toEqual(
          expect.objectContaining({ stocked_quantity: 8, reserved_quantity: 4, available_quantity: 4 })
        )
      })
    })

    describe("uploads", () => {
      it("stores images through the File module and refuses other files", async () => {
        const { token } = await registerVendor(api)
        const png = Buffer.from(
          "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
          "base64"
        )
        const form = new FormData()
        form.append("files", new Blob([png], { type: "image/png" }), "kaak.png")
        const { data } = await api.post("/vendor/uploads", form, bearer(token))
        expect(data.files[0].url).toMatch(/kaak/)
        const withImage = await createProduct(api, token, { images: [{ url: data.files[0].url }], thumbnail: data.files[0].url })
        expect(withImage.images.map((i: any) => i.url)).toEqual([data.files[0].url])

        const text = new FormData()
        text.append("files", new Blob(["hello"], { type: "text/plain" }), "notes.txt")
        const refused = await attempt(api.post("/vendor/uploads", text, bearer(token)))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("files")
      })
    })
    describe("catalog cache", () => {
      const PRODUCT_FIELDS = "fields=*variants.calculated_price,+variants.inventory_quantity,*categories"

      async function read(path: string, headers: Record<string, string> = {}) {
        return await attempt(api.get(path, { headers: { ...store.headers, ...headers } }))
      }

      it("answers a repeated catalog read from the cache with an ETag, 304 on If-None-Match, and CDN headers only when anonymous", async () => {
        const first = await read("/store/products?limit=5&order=title")
        const second = await read("/store/products?order=title&limit=5")
        expect([first.status, second.status]).toEqual([200, 200])
        expect(second.headers["x-cache"]).toEqual("HIT")
        expect(second.data).toEqual(first.data)
        expect(second.headers.etag).toEqual(first.headers.etag)
        expect(first.headers["cache-control"]).toEqual("public, max-age=30, stale-while-revalidate=60")
        expect(first.headers.vary).toContain("x-publishable-api-key")

        const unchanged = await read("/store/products?limit=5&order=title", { "if-none-match": first.headers.etag })
        expect([unchanged.status, unchanged.data]).toEqual([304, ""])
        expect((await read("/store/products?limit=5&order=title", { "if-none-match": '"other"' })).status).toEqual(200)

        // Everything a response depends on is in its key.
        const arabic = await read("/store/product-categories?limit=50", { "x-medusa-locale": "ar" })
        const english = await read("/store/product-categories?limit=50")
        expect([arabic.status, english.status]).toEqual([200, 200])
        expect((await read("/store/regions")).status).toEqual(200)
        expect((await read("/store/regions")).headers["x-cache"]).toEqual("HIT")

        // Signed in: kept by the server per customer group, never by a CDN or browser.
        const customer = await customerToken(api, publishableKey)
        const personal = await read("/store/products?limit=5&order=title", { authorization: `Bearer ${customer}` })
        expect(personal.headers["cache-control"]).toEqual("private, no-store")
        expect(personal.data.products).toEqual(first.data.products)
        // Other API answers are personal by default.
        expect((await attempt(api.get("/store/customers/me", { headers: { ...store.headers, authorization: `Bearer ${customer}` } }))).headers["cache-control"]).toEqual("private, no-store")

        // Bad input is never cached and still names the problem.
        const bad = await read("/store/products?limit=many")
        expect(bad.status).toEqual(400)
        expect((await read("/store/products?limit=many")).headers["x-cache"]).toBeUndefined()
      })

      it("answers a storefront's cached reads with its CORS headers, and refuses a publishable key the moment it is revoked", async () => {
        const { data: created } = await api.post("/admin/api-keys", { title: "Second storefront", type: "publishable" }, bearer(admin))
        const { data: channels } = await api.get("/admin/sales-channels", bearer(admin))
        await api.post(`/admin/api-keys/${created.api_key.id}/sales-channels`, { add: channels.sales_channels.map((c: any) => c.id) }, bearer(admin))
        const headers = { "x-publishable-api-key": created.api_key.token, origin: "http://localhost:8000" }
        const path = "/store/products?limit=3&order=title"
        expect((await attempt(api.get(path, { headers }))).status).toEqual(200)
        const hit = await attempt(api.get(path, { headers }))
        expect([hit.status, hit.headers["x-cache"], hit.headers["access-control-allow-origin"]]).toEqual([200, "HIT", "http://localhost:8000"])
        expect(hit.headers["x-content-type-options"]).toEqual("nosniff")

        await api.post(`/admin/api-keys/${created.api_key.id}/revoke`, {}, bearer(admin))
        const refused = await attempt(api.get(path, { headers }))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("publishable key")
        // The storefront's own key still reads from the cache.
        await read(path)
        expect((await read(path)).headers["x-cache"]).toEqual("HIT")
      })

      it("shows every vendor and admin edit at once: title, price, stock, status, admin edit, price list, promotion, category, region, suspension", async () => {
        const { vendor, token, product } = await sellingVendor(api, admin, { name: "Bosra Dairy" })
        const variant = product.variants.find((v: any) => v.title === "6 pieces")
        const productPath = `/store/products/${product.id}?region_id=${regionId}&${PRODUCT_FIELDS}`
        const listPath = `/store/products?vendor_id=${vendor.id}&region_id=${regionId}&${PRODUCT_FIELDS}`
        const seen = async () => {
          const [one, list] = [await read(productPath), await read(listPath)]
          return { one: one.data.product, list: list.data.products, status: one.status }
        }
        const warm = async () => {
          await seen()
          const again = await read(productPath)
          expect(again.headers["x-cache"]).toEqual("HIT")
        }
        const variantOf = (p: any) => p.variants.find((v: any) => v.id === variant.id)

        await warm()
        await api.post(`/vendor/products/${product.id}`, { title: "Bosra Labneh" }, bearer(token))
        let now = await seen()
        expect([now.one.title, now.list[0].title]).toEqual(["Bosra Labneh", "Bosra Labneh"])

        await warm()
        await api.post(`/vendor/products/${product.id}/variants/${variant.id}`, { prices: [{ amount: 55, currency_code: "syp" }] }, bearer(token))
        now = await seen()
        expect([variantOf(now.one).calculated_price.calculated_amount, variantOf(now.list[0]).calculated_price.calculated_amount]).toEqual([55, 55])

        await warm()
        await api.post(`/vendor/products/${product.id}/variants/${variant.id}/stock`, { stocked_quantity: 7 }, bearer(token))
        now = await seen()
        expect([variantOf(now.one).inventory_quantity, variantOf(now.list[0]).inventory_quantity]).toEqual([7, 7])

        await warm()
        await api.post(`/admin/products/${product.id}`, { subtitle: "From the Hauran" }, bearer(admin))
        expect((await seen()).one.subtitle).toEqual("From the Hauran")

        await warm()
        const { data: sale } = await api.post(
          "/admin/price-lists",
          { title: "Eid sale", description: "Eid", type: "sale", status: "active", prices: [{ variant_id: variant.id, amount: 44, currency_code: "syp" }] },
          bearer(admin)
        )
        now = await seen()
        expect(variantOf(now.one).calculated_price.calculated_amount).toEqual(44)
        await warm()
        await api.delete(`/admin/price-lists/${sale.price_list.id}`, bearer(admin))
        expect(variantOf((await seen()).one).calculated_price.calculated_amount).toEqual(55)

        // A promotion prices carts, not the catalog; what was cached is answered afresh all the same.
        await warm()
        await api.post(
          "/admin/promotions",
          {
            code: `EID-${Date.now()}`,
            type: "standard",
            status: "active",
            application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "syp" },
          },
          bearer(admin)
        )
        expect((await read(productPath)).headers["x-cache"]).toEqual("MISS")

        const category = await bakeryCategoryId()
        await read("/store/product-categories?handle=bakery")
        await api.post(`/admin/product-categories/${category}`, { name: "Bakery & Sweets" }, bearer(admin))
        expect((await read("/store/product-categories?handle=bakery")).data.product_categories[0].name).toEqual("Bakery & Sweets")

        await read(`/store/regions/${regionId}`)
        const { data: region } = await api.get(`/admin/regions/${regionId}`, bearer(admin))
        await api.post(`/admin/regions/${regionId}`, { name: `${region.region.name} (cached)` }, bearer(admin))
        expect((await read(`/store/regions/${regionId}`)).data.region.name).toEqual(`${region.region.name} (cached)`)
        await api.post(`/admin/regions/${regionId}`, { name: region.region.name }, bearer(admin))

        await read(`/store/vendors/${vendor.handle}`)
        await warm()
        await api.post(`/vendor/products/${product.id}`, { status: "draft" }, bearer(token))
        expect((await seen()).status).toEqual(404)
        await api.post(`/vendor/products/${product.id}`, { status: "published" }, bearer(token))
        await warm()
        await vendorAction(api, admin, vendor.id, "suspend", "Unpaid commissions")
        now = await seen()
        expect([now.status, now.list]).toEqual([404, []])
        expect((await read(`/store/vendors/${vendor.handle}`)).status).toEqual(404)
      })

      it("answers a cart's shipping options from the cache until the cart or an option changes, and never to a CDN", async () => {
        const nawa = await sellingVendor(api, admin, { name: "Nawa Honey" })
        const jasim = await sellingVendor(api, admin, { name: "Jasim Cheese" })
        const { data: created } = await api.post(
          "/store/carts",
          {
            region_id: regionId,
            email: "lina@example.com",
            shipping_address: { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" },
            items: [{ variant_id: nawa.product.variants[0].id, quantity: 1 }],
          },
          store
        )
        const cartId = created.cart.id as string
        const path = `/store/shipping-options?cart_id=${cartId}`
        const vendorsOf = (answer: any) => [...new Set(answer.data.shipping_options.map((o: any) => o.vendor?.id))].sort()

        const first = await read(path)
        const again = await read(path)
        expect([first.status, first.headers["x-cache"], again.headers["x-cache"]]).toEqual([200, "MISS", "HIT"])
        expect(again.headers["cache-control"]).toEqual("private, no-store")
        expect(again.data).toEqual(first.data)
        expect(vendorsOf(again)).toEqual([nawa.vendor.id])

        // Another store's line: its options at once.
        const { data: added } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: jasim.product.variants[0].id, quantity: 1 }, store)
        const both = await read(path)
        expect(both.headers["x-cache"]).toEqual("MISS")
        expect(vendorsOf(both)).toEqual([nawa.vendor.id, jasim.vendor.id].sort())

        // More of a line: the cart is not what it was.
        expect((await read(path)).headers["x-cache"]).toEqual("HIT")
        const line = added.cart.items.find((item: any) => item.variant_id === jasim.product.variants[0].id)
        await api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 2 }, store)
        expect((await read(path)).headers["x-cache"]).toEqual("MISS")

        // An admin renames an option: the next read shows the new name.
        const option = both.data.shipping_options.find((o: any) => o.vendor?.id === jasim.vendor.id)
        await api.post(`/admin/shipping-options/${option.id}`, { name: "Jasim by bicycle" }, bearer(admin))
        const renamed = await read(path)
        expect(renamed.data.shipping_options.find((o: any) => o.id === option.id).name).toEqual("Jasim by bicycle")

        // No such cart, or no cart named: Medusa's own answers, never cached.
        const missing = await read("/store/shipping-options?cart_id=cart_missing")
        expect([missing.status, missing.headers["x-cache"]]).toEqual([404, undefined])
        expect((await read("/store/shipping-options")).status).toEqual(400)
      })

      it("sees stock taken by a checkout, which no admin or vendor route changed", async () => {
        const { product } = await sellingVendor(api, admin, { name: "Izra Olives" })
        const variant = product.variants.find((v: any) => v.title === "12 pieces")
        const path = `/store/products/${product.id}?${PRODUCT_FIELDS}`
        const before = (await read(path)).data.product.variants.find((v: any) => v.id === variant.id).inventory_quantity
        const cartId = await readyCart(api, publishableKey, variant.id, 3)
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(completed.type).toEqual("order")
        let after = before
        for (let i = 0; i < 40 && after === before; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          after = (await read(path)).data.product.variants.find((v: any) => v.id === variant.id).inventory_quantity
        }
        expect(after).toEqual(before - 3)
      })
    })
  },
})

// @daraa-test-database empty: this spec proves what the seed builds from nothing, so it starts without it.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  DEMO_DEFAULT_COMMISSION,
  DEMO_PUBLISHABLE_KEY_TITLE,
  DEMO_SALES_CHANNEL,
  demoAdminCredentials,
  demoVendorCredentials,
  seedDemoMarketplace,
} from "../../src/scripts/demo/seed-demo-marketplace"
import { demoCategories, demoCollections, demoProducts } from "../../src/scripts/demo/catalog"
import demoVendors from "../../src/scripts/demo/vendors.json"

jest.setTimeout(180 * 1000)

// Every table the seed writes to, counted to prove that a second run adds nothing.
const SEEDED_TABLES = [
  "product",
  "product_variant",
  "product_category",
  "product_option",
  "price",
  "region",
  "tax_region",
  "sales_channel",
  "stock_location",
  "fulfillment_set",
  "service_zone",
  "shipping_option",
  "shipping_profile",
  "api_key",
  "user",
  "auth_identity",
  "provider_identity",
  "inventory_item",
  "inventory_level",
  "vendor",
  "commission_rule",
  "delivery_zone",
  "vendor_member",
  "vendor_status_change",
  "product_collection",
  "image",
  "locale",
  "store_locale",
  "translation",
  "publishable_api_key_sales_channel",
]

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

async function countRows(container: MedusaContainer) {
  const pg = container.resolve("__pg_connection__") as any
  const counts: Record<string, number> = {}
  for (const table of SEEDED_TABLES) {
    const [{ count }] = await pg.raw(`select count(*)::int as count from "${table}"`).then((r: any) => r.rows)
    counts[table] = count
  }
  return counts
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    const container = () => getContainer()

    beforeAll(async () => {
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })

    describe("the demo marketplace", () => {
      it("lists the seeded products through GET /store/products with the seeded key", async () => {
        const response = await api.get("/store/products?limit=50", {
          headers: { "x-publishable-api-key": publishableKey },
        })
        expect(response.status).toEqual(200)
        expect(response.data.count).toEqual(demoProducts.length)
        expect(response.data.products.map((p: any) => p.handle).sort()).toEqual(
          demoProducts.map((p) => p.handle).sort()
        )
      })

      it("prices the products in the Syrian region's currency", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: regions } = await api.get("/store/regions", { headers })
        expect(regions.regions).toEqual([
          expect.objectContaining({ name: "Syria", currency_code: "syp" }),
        ])
        const { data } = await api.get(
          `/store/products?handle=hauran-olive-oil&region_id=${regions.regions[0].id}&fields=*variants.calculated_price`,
          { headers }
        )
        const prices = data.products[0].variants.map((v: any) => v.calculated_price.calculated_amount).sort()
        expect(prices).toEqual([1700, 600])
      })

      it("puts every product in its category", async () => {
        const { data } = await api.get("/store/product-categories?limit=50", {
          headers: { "x-publishable-api-key": publishableKey },
        })
        expect(data.product_categories.map((c: any) => c.handle).sort()).toEqual(
          demoCategories.map((c) => c.handle).sort()
        )
      })

      it("refuses a store request without the publishable key", async () => {
        const error = await api.get("/store/products").catch((e: any) => e)
        expect(error.response.status).toEqual(400)
        expect(error.response.data.message).toMatch(/x-publishable-api-key/)
      })

      it("refuses a store request with an unknown key", async () => {
        const error = await api
          .get("/store/products", { headers: { "x-publishable-api-key": "pk_unknown" } })
          .catch((e: any) => e)
        expect(error.response.status).toEqual(400)
      })

      it("lets the demo admin log in with the documented credentials", async () => {
        const { email, password } = demoAdminCredentials()
        const login = await api.post("/auth/user/emailpass", { email, password })
        const { data } = await api.get("/admin/users/me", {
          headers: { authorization: `Bearer ${login.data.token}` },
        })
        expect(data.user.email).toEqual(email)
      })

      it("offers each vendor's delivery for its own items, priced in the seeded Daraa city zone", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: regions } = await api.get("/store/regions", { headers })
        const { data: products } = await api.get("/store/products?handle=labneh", { headers })
        const { data: cart } = await api.post(
          "/store/carts",
          {
            region_id: regions.regions[0].id,
            items: [{ variant_id: products.products[0].variants[0].id, quantity: 2 }],
            shipping_address: { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" },
          },
          { headers }
        )
        const { data } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, { headers })
        expect(data.shipping_options).toEqual([
          expect.objectContaining({
            name: "Delivery by Daraa Fresh Market",
            price_type: "calculated",
            provider_id: "daraa-delivery_daraa-delivery",
            vendor: expect.objectContaining({ handle: "daraa-fresh-market" }),
          }),
        ])
        // 0.634 km from the store to the zone's centre: 100 + 50 × 0.634 = 131.7, so 132 pounds.
        const { data: priced } = await api.post(`/store/shipping-options/${data.shipping_options[0].id}/calculate`, { cart_id: cart.cart.id }, { headers })
        expect(priced.shipping_option.amount).toEqual(132)
      })

      it("seeds three approved vendors near Daraa, each selling its own products, with working logins", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data } = await api.get("/store/vendors?latitude=32.62&longitude=36.10", { headers })
        expect(data.vendors.map((v: any) => v.handle).sort()).toEqual(["al-balad-pantry", "daraa-fresh-market", "hauran-bakery"])
        expect(Math.max(...data.vendors.map((v: any) => v.distance_km))).toBeLessThan(5)

        const { data: products } = await api.get("/store/products?limit=50", { headers })
        const byVendor = new Map<string, string[]>()
        for (const product of products.products) {
          byVendor.set(product.vendor.handle, [...(byVendor.get(product.vendor.handle) ?? []), product.handle])
        }
        expect(byVendor.get("daraa-fresh-market")!.sort()).toEqual(["cucumbers", "free-range-eggs", "hauran-tomatoes", "labneh"])

        for (const { email, password, handle } of demoVendorCredentials()) {
          const login = await api.post("/auth/vendor/emailpass", { email, password })
          const { data: me } = await api.get("/vendor/me", { headers: { authorization: `Bearer ${login.data.token}` } })
          expect([me.vendor.handle, me.vendor.status, me.member.role]).toEqual([handle, "active", "owner"])
          const { data: own } = await api.get("/vendor/products", { headers: { authorization: `Bearer ${login.data.token}` } })
          expect(own.products.every((p: any) => p.variants.every((v: any) => v.stock.stocked_quantity > 0))).toBe(true)
        }
      })

      it("charges a default commission on every sale", async () => {
        const login = await api.post("/auth/user/emailpass", demoAdminCredentials())
        const { data } = await api.get("/admin/commission-rules", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(data.commission_rules).toEqual([
          expect.objectContaining({ ...DEMO_DEFAULT_COMMISSION, vendor_id: null, category_id: null, is_active: true }),
        ])
      })

      it("gives every product a picture, uploaded through the File module and served as an image", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data } = await api.get("/store/products?limit=50&fields=+thumbnail,*images", { headers })
        expect(data.products).toHaveLength(demoProducts.length)
        const files = container().resolve(Modules.FILE)
        for (const product of data.products) {
          expect(product.thumbnail).toBeTruthy()
          expect(product.images.map((image: any) => image.url)).toEqual([product.thumbnail])
          // Served like any upload: the URL's path on this server.
          const image = await api.get(new URL(product.thumbnail).pathname, { responseType: "arraybuffer" })
          expect(image.status).toEqual(200)
          expect(image.headers["content-type"]).toMatch(/^image\/png/)
          expect([...Buffer.from(image.data).subarray(0, 8)]).toEqual(PNG_SIGNATURE)
          expect(Buffer.from(image.data).length).toBeGreaterThan(500)
          const key = new URL(product.thumbnail).pathname.split("/").pop()!
          expect((await files.retrieveFile(key)).url).toEqual(product.thumbnail)
        }
        // Each product has its own picture.
        expect(new Set(data.products.map((p: any) => p.thumbnail)).size).toEqual(demoProducts.length)
      })

      it("groups the products into collections for a storefront's home page", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data } = await api.get("/store/collections", { headers })
        expect(data.collections.map((c: any) => c.handle).sort()).toEqual(demoCollections.map((c) => c.handle).sort())
        for (const collection of data.collections) {
          const { data: listed } = await api.get(`/store/products?collection_id[]=${collection.id}&limit=50`, { headers })
          expect(listed.products.map((p: any) => p.handle).sort()).toEqual(
            demoProducts.filter((p) => p.collection === collection.handle).map((p) => p.handle).sort()
          )
        }
      })

      it("answers the storefront locales: English and Arabic", async () => {
        const { data } = await api.get("/store/locales", { headers: { "x-publishable-api-key": publishableKey } })
        expect([...data.locales].sort((a: any, b: any) => a.code.localeCompare(b.code))).toEqual([
          { code: "ar", name: "Arabic" },
          { code: "en", name: "English" },
        ])
      })

      it("answers Arabic titles and descriptions for x-medusa-locale: ar, and English without it", async () => {
        const english = { "x-publishable-api-key": publishableKey }
        const arabic = { ...english, "x-medusa-locale": "ar" }

        const { data: products } = await api.get("/store/products?limit=50&fields=+description", { headers: arabic })
        const labneh = products.products.find((p: any) => p.handle === "labneh")
        expect([labneh.title, labneh.description]).toEqual(["لبنة", "لبن مصفّى كثيف، يُصنع بكميات صغيرة."])
        for (const product of products.products) {
          const demo = demoProducts.find((p) => p.handle === product.handle)!
          expect([product.title, product.description]).toEqual([demo.ar.title, demo.ar.description])
        }
        const { data: inEnglish } = await api.get("/store/products?handle=labneh", { headers: english })
        expect(inEnglish.products[0].title).toEqual("Labneh")

        const { data: categories } = await api.get("/store/product-categories?limit=50", { headers: { ...english, "x-medusa-locale": "ar" } })
        for (const category of categories.product_categories) {
          expect(category.name).toEqual(demoCategories.find((c) => c.handle === category.handle)!.ar.name)
        }
        const { data: collections } = await api.get("/store/collections?locale=ar", { headers: english })
        for (const collection of collections.collections) {
          expect(collection.title).toEqual(demoCollections.find((c) => c.handle === collection.handle)!.ar.title)
        }
        const { data: vendors } = await api.get("/store/vendors", { headers: arabic })
        for (const vendor of vendors.vendors) {
          const demo = demoVendors.find((v) => v.handle === vendor.handle)!
          expect([vendor.name, vendor.description]).toEqual([demo.ar.name, demo.ar.description])
        }
        const { data: one } = await api.get("/store/vendors/hauran-bakery", { headers: arabic })
        expect(one.vendor.name).toEqual("مخبز حوران")
      })

      it("leaves one publishable key and one sales channel, and that key sells the catalog", async () => {
        const login = await api.post("/auth/user/emailpass", demoAdminCredentials())
        const admin = { headers: { authorization: `Bearer ${login.data.token}` } }
        const { data: keys } = await api.get("/admin/api-keys?type=publishable", admin)
        expect(keys.api_keys.map((k: any) => [k.title, k.token])).toEqual([[DEMO_PUBLISHABLE_KEY_TITLE, publishableKey]])
        const { data: channels } = await api.get("/admin/sales-channels", admin)
        expect(channels.sales_channels.map((c: any) => c.name)).toEqual([DEMO_SALES_CHANNEL])
        const { data: stores } = await api.get("/admin/stores", admin)
        expect(stores.stores[0].default_sales_channel_id).toEqual(channels.sales_channels[0].id)
      })

      it("adds nothing when the seed runs a second time", async () => {
        const container = getContainer()
        const before = await countRows(container)
        const second = await seedDemoMarketplace(container)
        const after = await countRows(container)

        expect(after).toEqual(before)
        expect(second.publishableKey).toEqual(publishableKey)
        const apiKeys = container.resolve("api_key") as any
        expect(await apiKeys.listApiKeys({ title: DEMO_PUBLISHABLE_KEY_TITLE })).toHaveLength(1)
      })

      it("brings a database seeded by an older version up to date: pictures, collections, translations, and every key selling", async () => {
        const c = container()
        // What an older seed left: Medusa's default key on an empty channel, a product without picture, collection or Arabic.
        const { result: channels } = await createSalesChannelsWorkflow(c).run({ input: { salesChannelsData: [{ name: "Default Sales Channel" }] } })
        const { result: keys } = await createApiKeysWorkflow(c).run({
          input: { api_keys: [{ title: "Default Publishable API Key", type: "publishable", created_by: "" }] },
        })
        await linkSalesChannelsToApiKeyWorkflow(c).run({ input: { id: keys[0].id, add: [channels[0].id] } })
        const { data: before } = await api.get("/store/products?handle=freekeh", { headers: { "x-publishable-api-key": publishableKey } })
        const freekeh = before.products[0]
        await updateProductsWorkflow(c).run({ input: { selector: { id: freekeh.id }, update: { thumbnail: null, images: [], collection_id: null } } })
        const translation = c.resolve(Modules.TRANSLATION)
        const [arabic] = await translation.listTranslations({ reference_id: freekeh.id, locale_code: "ar" })
        await translation.deleteTranslations(arabic.id)

        await seedDemoMarketplace(c)

        const { data: after } = await api.get("/store/products?handle=freekeh&fields=+thumbnail,*images,+collection_id", {
          headers: { "x-publishable-api-key": publishableKey, "x-medusa-locale": "ar" },
        })
        expect(after.products[0].title).toEqual("فريكة")
        expect(after.products[0].thumbnail).toBeTruthy()
        expect(after.products[0].collection_id).toBeTruthy()
        const image = await api.get(new URL(after.products[0].thumbnail).pathname, { responseType: "arraybuffer" })
        expect(image.headers["content-type"]).toMatch(/^image\/png/)

        // The older key now sells the catalog, and a cart can be made with it.
        const oldKey = { headers: { "x-publishable-api-key": keys[0].token } }
        const { data: listed } = await api.get("/store/products?limit=50", oldKey)
        expect(listed.count).toEqual(demoProducts.length)
        const { data: regions } = await api.get("/store/regions", oldKey)
        const { data: cart } = await api.post("/store/carts", { region_id: regions.regions[0].id, items: [{ variant_id: listed.products[0].variants[0].id, quantity: 1 }] }, oldKey)
        expect(cart.cart.items).toHaveLength(1)
      })
    })
  },
})

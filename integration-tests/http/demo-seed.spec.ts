import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  DEMO_DEFAULT_COMMISSION,
  DEMO_PUBLISHABLE_KEY_TITLE,
  demoAdminCredentials,
  demoVendorCredentials,
  seedDemoMarketplace,
} from "../../src/scripts/demo/seed-demo-marketplace"
import { demoCategories, demoProducts } from "../../src/scripts/demo/catalog"

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
  "vendor_member",
  "vendor_status_change",
]

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

      it("offers each vendor's flat-rate delivery for its own items", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: regions } = await api.get("/store/regions", { headers })
        const { data: products } = await api.get("/store/products?handle=labneh", { headers })
        const { data: cart } = await api.post(
          "/store/carts",
          {
            region_id: regions.regions[0].id,
            items: [{ variant_id: products.products[0].variants[0].id, quantity: 2 }],
          },
          { headers }
        )
        const { data } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, { headers })
        expect(data.shipping_options).toEqual([
          expect.objectContaining({
            name: "Delivery by Daraa Fresh Market",
            amount: 100,
            vendor: expect.objectContaining({ handle: "daraa-fresh-market" }),
          }),
        ])
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
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEMO_DEFAULT_COMMISSION, seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, readableHttpErrors, registerVendor } from "../helpers/actors"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let publishableKey: string

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    async function bakeryId() {
      const { data } = await api.get("/store/product-categories?handle=bakery", { headers: { "x-publishable-api-key": publishableKey } })
      return data.product_categories[0].id as string
    }

    it("creates, lists, updates and deletes rules of every scope", async () => {
      const { vendor } = await registerVendor(api)
      const category_id = await bakeryId()
      const bodies = [
        { name: "Platform default", percent_rate: 10 },
        { name: "Bakery", category_id, percent_rate: 8 },
        { name: "Vendor deal", vendor_id: vendor.id, percent_rate: 6, flat_amount: 5, currency_code: "SYP" },
        { name: "Vendor bakery", vendor_id: vendor.id, category_id, flat_amount: 10, currency_code: "syp", priority: 2 },
      ]
      const created: any[] = []
      for (const body of bodies) {
        const { data } = await api.post("/admin/commission-rules", body, bearer(admin))
        created.push(data.commission_rule)
      }
      expect(created[2]).toEqual(expect.objectContaining({ percent_rate: 6, flat_amount: 5, currency_code: "syp", is_active: true, priority: 0 }))

      const { data: forVendor } = await api.get(`/admin/commission-rules?vendor_id=${vendor.id}`, bearer(admin))
      expect(forVendor.commission_rules.map((r: any) => r.name).sort()).toEqual(["Vendor bakery", "Vendor deal"])
      expect(forVendor).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 20 }))

      const { data: updated } = await api.post(`/admin/commission-rules/${created[0].id}`, { percent_rate: 12.5, is_active: false }, bearer(admin))
      expect(updated.commission_rule).toEqual(expect.objectContaining({ percent_rate: 12.5, is_active: false }))

      const { data: deleted } = await api.delete(`/admin/commission-rules/${created[1].id}`, bearer(admin))
      expect(deleted).toEqual({ id: created[1].id, object: "commission_rule", deleted: true })
      expect((await attempt(api.get(`/admin/commission-rules/${created[1].id}`, bearer(admin)))).status).toEqual(404)
    })

    it.each([
      ["a percent over 100", { name: "x", percent_rate: 101 }, "percent_rate"],
      ["a negative percent", { name: "x", percent_rate: -1 }, "percent_rate"],
      ["neither percent nor flat amount", { name: "x" }, "percent_rate or flat_amount"],
      ["a flat amount without currency", { name: "x", flat_amount: 5 }, "currency_code"],
      ["an unknown field", { name: "x", percent_rate: 5, tier: "gold" }, "tier"],
      ["an unknown vendor", { name: "x", percent_rate: 5, vendor_id: "ven_nope" }, "vendor_id"],
      ["an unknown category", { name: "x", percent_rate: 5, category_id: "pcat_nope" }, "category_id"],
    ])("answers 400 naming the field for %s", async (_label, body, field) => {
      const response = await attempt(api.post("/admin/commission-rules", body, bearer(admin)))
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain(field)
      const { data } = await api.get("/admin/commission-rules", bearer(admin))
      // Nothing was created: only the demo seed's default is there.
      expect(data.commission_rules.map((rule: any) => rule.name)).toEqual([DEMO_DEFAULT_COMMISSION.name])
    })

    it("takes fields and order on the rules list, and names unknown ones", async () => {
      const { data } = await api.get("/admin/commission-rules?fields=name,priority&order=-priority", bearer(admin))
      expect(Object.keys(data.commission_rules[0]).sort()).toEqual(["id", "name", "priority"])
      const priorities = data.commission_rules.map((rule: any) => rule.priority)
      expect(priorities).toEqual([...priorities].sort((a, b) => b - a))
      for (const [url, named] of [
        ["/admin/commission-rules?fields=vendor.name", "'vendor.name'"],
        ["/admin/commission-rules?order=vendor", "got 'vendor'"],
      ]) {
        const response = await attempt(api.get(url, bearer(admin)))
        expect([url, response.status]).toEqual([url, 400])
        expect(response.data.message).toContain(named)
      }
    })

    it("refuses an update that would leave a rule charging nothing", async () => {
      const { data } = await api.post("/admin/commission-rules", { name: "x", percent_rate: 5 }, bearer(admin))
      const response = await attempt(api.post(`/admin/commission-rules/${data.commission_rule.id}`, { percent_rate: null }, bearer(admin)))
      expect(response.status).toEqual(400)
      expect((await api.get(`/admin/commission-rules/${data.commission_rule.id}`, bearer(admin))).data.commission_rule.percent_rate).toEqual(5)
    })

    it("answers 404 for unknown rules and 401 to vendors", async () => {
      expect((await attempt(api.post("/admin/commission-rules/comr_nope", { percent_rate: 1 }, bearer(admin)))).status).toEqual(404)
      expect((await attempt(api.delete("/admin/commission-rules/comr_nope", bearer(admin)))).status).toEqual(404)
      const { token } = await registerVendor(api)
      expect((await attempt(api.get("/admin/commission-rules", bearer(token)))).status).toEqual(401)
      expect((await attempt(api.post("/admin/commission-rules", { name: "x", percent_rate: 1 }, bearer(token)))).status).toEqual(401)
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_DELIVERY_ZONE, seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { VENDOR_MODULE } from "../../src/modules/vendor"
import type VendorModuleService from "../../src/modules/vendor/service"
import { adminToken, attempt, bearer, readableHttpErrors } from "../helpers/actors"
import { payWithSystemProvider, sellingVendor } from "../helpers/catalog"

jest.setTimeout(300 * 1000)

const square = (west: number, south: number, east: number, north: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
})

// Izra, 30 km north of Daraa: a zone the tests make, apart from the seeded Daraa city.
const IZRA = square(36.22, 32.83, 36.28, 32.89)
const ADDRESS = { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let store: { headers: Record<string, string> }
    let regionId: string
    let nearby: Awaited<ReturnType<typeof sellingVendor>>

    async function adminWithRole(role: "operations" | "finance" | "support") {
      const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@daraa.example`
      const password = "admin-password"
      const [user] = await getContainer().resolve(Modules.USER).createUsers([{ email, first_name: role, last_name: "Admin" }])
      const auth = getContainer().resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
      await api.post(`/admin/users/${user.id}/role`, { role }, bearer(admin))
      return (await api.post("/auth/user/emailpass", { email, password })).data.token as string
    }

    const zoneBody = (overrides: Record<string, unknown> = {}) => ({
      name: `Izra ${Math.random().toString(36).slice(2, 7)}`,
      currency_code: "SYP",
      polygon: IZRA,
      base_fee: 200,
      fee_per_km: 10,
      max_distance_km: 40,
      cities: ["Izra", " Izra ", ""].filter(Boolean),
      ...overrides,
    })

    beforeAll(async () => {
      readableHttpErrors(api)
      const { publishableKey } = await seedDemoMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      admin = await adminToken(api)
      nearby = await sellingVendor(api, admin, { name: "Hauran Kitchen" })
      regionId = (await api.get("/store/regions", store)).data.regions[0].id
    })

    describe("admin delivery zones", () => {
      it("creates, lists, reads, updates and deletes a zone, its centre the polygon's centroid unless given", async () => {
        const { data: created } = await api.post("/admin/delivery-zones", zoneBody({ name: "Izra town" }), bearer(admin))
        const zone = created.delivery_zone
        expect(zone).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^dzone_/),
            name: "Izra town",
            currency_code: "syp",
            base_fee: 200,
            fee_per_km: 10,
            max_distance_km: 40,
            timezone: "Asia/Damascus",
            cities: ["Izra"],
            is_active: true,
          })
        )
        expect(zone.center_latitude).toBeCloseTo(32.86, 6)
        expect(zone.center_longitude).toBeCloseTo(36.25, 6)

        const { data: list } = await api.get("/admin/delivery-zones?q=izra%20to&limit=1&order=-created_at", bearer(admin))
        expect(list).toEqual({ delivery_zones: [expect.objectContaining({ id: zone.id })], count: 1, offset: 0, limit: 1 })
        const { data: all } = await api.get("/admin/delivery-zones?is_active=true&fields=id,name", bearer(admin))
        expect(all.delivery_zones.map((z: any) => z.name)).toEqual(expect.arrayContaining([DEMO_DELIVERY_ZONE.name, "Izra town"]))
        expect(Object.keys(all.delivery_zones[0]).sort()).toEqual(["id", "name"])

        const { data: updated } = await api.post(
          `/admin/delivery-zones/${zone.id}`,
          { base_fee: 250, active_hours: { fri: [["10:00", "22:00"]] }, center_latitude: 32.85, center_longitude: 36.24 },
          bearer(admin)
        )
        expect(updated.delivery_zone).toEqual(
          expect.objectContaining({ base_fee: 250, active_hours: { fri: [["10:00", "22:00"]] }, center_latitude: 32.85, center_longitude: 36.24 })
        )
        expect((await api.get(`/admin/delivery-zones/${zone.id}`, bearer(admin))).data.delivery_zone.base_fee).toEqual(250)

        const { data: audit } = await api.get(`/admin/audit-log?target_id=${zone.id}`, bearer(admin))
        expect(audit.audit_log.map((entry: any) => entry.action).sort()).toEqual(["POST /admin/delivery-zones", "POST /admin/delivery-zones/:id"])

        expect((await api.delete(`/admin/delivery-zones/${zone.id}`, bearer(admin))).data).toEqual({ id: zone.id, object: "delivery_zone", deleted: true })
        expect((await attempt(api.get(`/admin/delivery-zones/${zone.id}`, bearer(admin)))).status).toEqual(404)
        expect((await attempt(api.post(`/admin/delivery-zones/${zone.id}`, { base_fee: 1 }, bearer(admin)))).status).toEqual(404)
        expect((await attempt(api.delete("/admin/delivery-zones/dzone_missing", bearer(admin)))).status).toEqual(404)
      })

      it("refuses bad zones with a 400 naming the problem, and stores nothing", async () => {
        const cases: [Record<string, unknown>, string][] = [
          [{ polygon: { type: "Polygon", coordinates: [[[36, 32], [36.1, 32], [36.1, 32.1], [36, 32.1]]] } }, "polygon.coordinates[0] is not closed"],
          [{ polygon: { type: "Polygon", coordinates: [[[36, 32], [36.1, 32], [36, 32]]] } }, "at least 4 positions"],
          [{ polygon: square(36, 32, 36.1, 95) }, "latitude 95, outside -90..90"],
          [{ polygon: square(36, 32, 190, 32.1) }, "longitude 190, outside -180..180"],
          [{ polygon: { type: "Point", coordinates: [36, 32] } }, "polygon.type must be"],
          [{ base_fee: -1 }, "base_fee"],
          [{ max_distance_km: 0 }, "max_distance_km"],
          [{ currency_code: "pounds" }, "currency_code"],
          [{ timezone: "Mars/Olympus" }, "timezone must be an IANA time zone"],
          [{ active_hours: { mon: [["08:00", "24:30"]] } }, "active_hours.mon[0]"],
          [{ center_latitude: 32.8 }, "center_latitude and center_longitude go together"],
          [{ radius: 3 }, "radius"],
        ]
        const before = (await api.get("/admin/delivery-zones", bearer(admin))).data.count
        for (const [overrides, message] of cases) {
          const refused = await attempt(api.post("/admin/delivery-zones", zoneBody(overrides), bearer(admin)))
          expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining(message)])
        }
        const { data: zones } = await api.get("/admin/delivery-zones", bearer(admin))
        const seeded = zones.delivery_zones.find((z: any) => z.name === DEMO_DELIVERY_ZONE.name)
        const badUpdate = await attempt(api.post(`/admin/delivery-zones/${seeded.id}`, { polygon: { type: "Polygon", coordinates: [] } }, bearer(admin)))
        expect([badUpdate.status, badUpdate.data.message]).toEqual([400, expect.stringContaining("polygon.coordinates")])
        expect((await api.get(`/admin/delivery-zones/${seeded.id}`, bearer(admin))).data.delivery_zone.polygon).toEqual(DEMO_DELIVERY_ZONE.polygon)
        expect((await api.get("/admin/delivery-zones", bearer(admin))).data.count).toEqual(before)
        const badList = await attempt(api.get("/admin/delivery-zones?order=colour", bearer(admin)))
        expect([badList.status, badList.data.message]).toEqual([400, expect.stringContaining("order must be one of")])
      })

      it("lets operations and super admins write zones; finance and support only read them, and strangers nothing", async () => {
        const operations = await adminWithRole("operations")
        const finance = await adminWithRole("finance")
        const { data } = await api.post("/admin/delivery-zones", zoneBody(), bearer(operations))
        for (const token of [finance, await adminWithRole("support")]) {
          expect((await attempt(api.post("/admin/delivery-zones", zoneBody(), bearer(token)))).status).toEqual(403)
          expect((await attempt(api.post(`/admin/delivery-zones/${data.delivery_zone.id}`, { base_fee: 1 }, bearer(token)))).status).toEqual(403)
          expect((await attempt(api.delete(`/admin/delivery-zones/${data.delivery_zone.id}`, bearer(token)))).status).toEqual(403)
          expect((await api.get(`/admin/delivery-zones/${data.delivery_zone.id}`, bearer(token))).data.delivery_zone.base_fee).toEqual(200)
        }
        expect((await attempt(api.get("/admin/delivery-zones"))).status).toEqual(401)
        expect((await attempt(api.post("/admin/delivery-zones", zoneBody()))).status).toEqual(401)
        const { data: customer } = await api.post("/auth/customer/emailpass/register", { email: `z-${Date.now()}@example.com`, password: "secret-password" })
        expect((await attempt(api.get("/admin/delivery-zones", bearer(customer.token)))).status).toEqual(401)
        await api.delete(`/admin/delivery-zones/${data.delivery_zone.id}`, bearer(operations))
      })
    })

    describe("delivery fees at checkout", () => {
      async function cartAt(address: Record<string, unknown>, vendor = nearby) {
        const { data } = await api.post(
          "/store/carts",
          { region_id: regionId, email: "lina@example.com", shipping_address: address, items: [{ variant_id: vendor.product.variants[0].id, quantity: 1 }] },
          store
        )
        const cartId = data.cart.id as string
        const { data: listed } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
        const option = listed.shipping_options.find((o: any) => o.vendor?.id === vendor.vendor.id)
        expect(option).toEqual(expect.objectContaining({ name: `Delivery by ${vendor.vendor.name}`, price_type: "calculated", provider_id: "daraa-delivery_daraa-delivery" }))
        return { cartId, optionId: option.id as string }
      }

      const priceOf = async (cartId: string, optionId: string) =>
        attempt(api.post(`/store/shipping-options/${optionId}/calculate`, { cart_id: cartId }, store))

      it("prices an address with coordinates by the exact distance from the vendor, and the order keeps that fee", async () => {
        // 0.018° north of the vendor (32.6189, 36.1021): 2.002 km, so 100 + 50 × 2.002 = 200.1 → 200 pounds.
        const { cartId, optionId } = await cartAt({ ...ADDRESS, metadata: { latitude: 32.6369, longitude: 36.1021 } })
        expect((await priceOf(cartId, optionId)).data.shipping_option.amount).toEqual(200)
        const { data } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, store)
        expect(data.cart.shipping_methods).toEqual([expect.objectContaining({ amount: 200 })])
        const { data: method } = await api.get(`/store/carts/${cartId}?fields=shipping_methods.data,+shipping_total`, store)
        expect(method.cart.shipping_total).toEqual(200)
        expect(method.cart.shipping_methods[0].data).toEqual(
          expect.objectContaining({ vendor_id: nearby.vendor.id, distance_km: 2.002, priced_to: "address", zone_id: expect.stringMatching(/^dzone_/) })
        )
        await payWithSystemProvider(api, store.headers["x-publishable-api-key"], cartId)
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        const { data: placed } = await api.get(`/store/orders/${completed.order.id}?fields=+shipping_total`, store)
        expect(placed.order.shipping_total).toEqual(200)
      })

      it("prices an address without coordinates to the centre of the zone that lists its city", async () => {
        // The vendor is 0.298 km from the Daraa city zone's centre: 100 + 14.9 → 115 pounds.
        const { cartId, optionId } = await cartAt({ ...ADDRESS, city: "  DARAA " })
        expect((await priceOf(cartId, optionId)).data.shipping_option.amount).toEqual(115)
        // Another zone's city, placed by its list, priced by that zone: 200 + 10 × 30.2 km to Izra's centre.
        const { data: izra } = await api.post("/admin/delivery-zones", zoneBody({ name: "Izra lists" }), bearer(admin))
        const other = await cartAt({ ...ADDRESS, city: "Izra" })
        expect((await priceOf(other.cartId, other.optionId)).data.shipping_option.amount).toEqual(502)
        await api.delete(`/admin/delivery-zones/${izra.delivery_zone.id}`, bearer(admin))
      })

      it("refuses an address outside every zone, or one it cannot place, at the delivery step with a 400 naming the problem", async () => {
        // Damascus, by its coordinates: outside Daraa city.
        const outside = await cartAt({ ...ADDRESS, city: "Damascus", metadata: { latitude: 33.5138, longitude: 36.2765 } })
        for (const refused of [
          await priceOf(outside.cartId, outside.optionId),
          await attempt(api.post(`/store/carts/${outside.cartId}/shipping-methods`, { option_id: outside.optionId }, store)),
        ]) {
          expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("This address is outside every delivery zone; Daraa delivers in Daraa city")])
        }
        expect((await api.get(`/store/carts/${outside.cartId}`, store)).data.cart.shipping_methods).toEqual([])

        // A city no zone lists, without coordinates: it cannot be placed.
        const unplaced = await cartAt({ ...ADDRESS, city: "Homs" })
        const refused = await attempt(api.post(`/store/carts/${unplaced.cartId}/shipping-methods`, { option_id: unplaced.optionId }, store))
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("This address cannot be placed in a delivery zone")])

        const badCoordinates = await cartAt({ ...ADDRESS, metadata: { latitude: "north", longitude: 36.1 } })
        const bad = await priceOf(badCoordinates.cartId, badCoordinates.optionId)
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("shipping_address.metadata.latitude")])
      })

      it("refuses a vendor beyond the zone's maximum distance", async () => {
        const far = await sellingVendor(api, admin, { name: "Shaam Kitchen" })
        // The store moves to Damascus, about 100 km away; Daraa city delivers up to 50 km.
        await getContainer().resolve<VendorModuleService>(VENDOR_MODULE).updateVendors({ id: far.vendor.id, latitude: 33.5138, longitude: 36.2765 })
        const { cartId, optionId } = await cartAt({ ...ADDRESS, metadata: { latitude: 32.62, longitude: 36.1 } }, far)
        const refused = await attempt(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, store))
        expect([refused.status, refused.data.message]).toEqual([
          400,
          expect.stringMatching(/^Shaam Kitchen is 10\d\.\d km from this address; the Daraa city zone delivers up to 50 km\.$/),
        ])
      })
    })
  },
})

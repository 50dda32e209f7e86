import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import {
  adminToken,
  attempt,
  bearer,
  customerToken,
  readableHttpErrors,
  registerVendor,
  vendorAction,
  vendorBody,
} from "../helpers/actors"

jest.setTimeout(180 * 1000)

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

    describe("registration", () => {
      it("creates a pending vendor, its owner and a stock location at its address", async () => {
        const { vendor, token } = await registerVendor(api, { name: "Sahl Bakery House" })
        expect(vendor).toEqual(expect.objectContaining({ status: "pending", handle: "sahl-bakery-house", city: "Daraa" }))

        const { data: me } = await api.get("/vendor/me", bearer(token))
        expect(me.member).toEqual(expect.objectContaining({ role: "owner", first_name: "Rami" }))
        expect(me.vendor.id).toEqual(vendor.id)

        const { data: detail } = await api.get(`/admin/vendors/${vendor.id}`, bearer(admin))
        expect(detail.vendor.stock_location.name).toEqual("Sahl Bakery House")
        expect(detail.vendor.members).toHaveLength(1)
      })

      it("works for an email that already belongs to a customer", async () => {
        const email = `both-${Date.now()}@example.com`
        await customerToken(api, publishableKey, email)
        const { token, vendor } = await registerVendor(api, { email, password: "shopper-password" })
        const { data: me } = await api.get("/vendor/me", bearer(token))
        expect(me.vendor.id).toEqual(vendor.id)
        expect(me.member.email).toEqual(email)
      })

      it("numbers a handle derived from a name that is taken", async () => {
        const first = await registerVendor(api, { name: "Nawa Fresh" })
        const second = await registerVendor(api, { name: "Nawa Fresh" })
        expect([first.vendor.handle, second.vendor.handle]).toEqual(["nawa-fresh", "nawa-fresh-2"])
      })

      it("rejects a taken handle with 409", async () => {
        await registerVendor(api, { handle: "daraa-sweets" })
        const { data: registration } = await api.post("/auth/vendor/emailpass/register", {
          email: `second-${Date.now()}@example.com`,
          password: "vendor-password",
        })
        const response = await attempt(
          api.post("/vendor/vendors", vendorBody({ email: "second@example.com", handle: "daraa-sweets" }), bearer(registration.token))
        )
        expect(response.status).toEqual(409)
        expect(response.data.message).toMatch(/daraa-sweets/)
      })

      it("refuses a second vendor for the same login", async () => {
        const { token, email } = await registerVendor(api)
        const response = await attempt(api.post("/vendor/vendors", vendorBody({ email, handle: "another-store" }), bearer(token)))
        expect(response.status).toEqual(409)
      })

      it.each([
        ["an unknown field", { surprise: true }, "surprise"],
        ["a bad latitude", { address: { ...vendorBody({ email: "x@example.com" }).address, latitude: 123 } }, "latitude"],
        ["a phone that is not E.164", { phone: "0944 000 111" }, "phone"],
        ["a missing member", { member: undefined }, "member"],
      ])("answers 400 naming the field for %s", async (_label, change, field) => {
        const { data: registration } = await api.post("/auth/vendor/emailpass/register", {
          email: `bad-${Date.now()}@example.com`,
          password: "vendor-password",
        })
        const body = { ...vendorBody({ email: "bad@example.com" }), ...change }
        const response = await attempt(api.post("/vendor/vendors", body, bearer(registration.token)))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
      })

      it("refuses registration without a token (401) and with a customer token (401)", async () => {
        expect((await attempt(api.post("/vendor/vendors", vendorBody({ email: "a@example.com" })))).status).toEqual(401)
        const customer = await customerToken(api, publishableKey)
        const response = await attempt(api.post("/vendor/vendors", vendorBody({ email: "a@example.com" }), bearer(customer)))
        expect(response.status).toEqual(401)
      })
    })

    describe("/vendor/me", () => {
      it("lets the owner update the profile and rejects unknown fields", async () => {
        const { token } = await registerVendor(api)
        const { data } = await api.post(
          "/vendor/me",
          { description: "Now with ma'amoul", opening_hours: { friday: [{ open: "08:00", close: "13:00" }] } },
          bearer(token)
        )
        expect(data.vendor.description).toEqual("Now with ma'amoul")
        expect(data.vendor.opening_hours.friday).toEqual([{ open: "08:00", close: "13:00" }])

        const bad = await attempt(api.post("/vendor/me", { status: "active" }, bearer(token)))
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("status")
        const badHours = await attempt(api.post("/vendor/me", { opening_hours: { friday: [{ open: "8am", close: "13:00" }] } }, bearer(token)))
        expect(badHours.status).toEqual(400)
      })

      it("answers 401 to a customer token and to no token", async () => {
        const customer = await customerToken(api, publishableKey)
        expect((await attempt(api.get("/vendor/me", bearer(customer)))).status).toEqual(401)
        expect((await attempt(api.get("/vendor/me"))).status).toEqual(401)
      })
    })

    describe("verification documents", () => {
      const pdf = () => new Blob([Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")], { type: "application/pdf" })

      it("uploads documents that admins see beside the pending vendor, deletable only before approval", async () => {
        const { vendor, token } = await registerVendor(api)
        const form = new FormData()
        form.append("files", pdf(), "registration.pdf")
        form.append("files", pdf(), "owner-id.pdf")
        form.append("type", "commercial_registration")
        form.append("type", "owner_id")
        const { data } = await api.post("/vendor/documents", form, bearer(token))
        expect(data.documents.map((d: any) => [d.type, d.filename]).sort()).toEqual([
          ["commercial_registration", "registration.pdf"],
          ["owner_id", "owner-id.pdf"],
        ])

        const { data: queue } = await api.get("/admin/vendors?status=pending", bearer(admin))
        const listed = queue.vendors.find((v: any) => v.id === vendor.id)
        expect(listed.documents.map((d: any) => d.type).sort()).toEqual(["commercial_registration", "owner_id"])

        const ownerId = data.documents.find((d: any) => d.type === "owner_id")
        expect((await api.delete(`/vendor/documents/${ownerId.id}`, bearer(token))).data.deleted).toEqual(true)

        await vendorAction(api, admin, vendor.id, "approve")
        const registration = data.documents.find((d: any) => d.type === "commercial_registration")
        const locked = await attempt(api.delete(`/vendor/documents/${registration.id}`, bearer(token)))
        expect(locked.status).toEqual(409)
        const { data: detail } = await api.get(`/admin/vendors/${vendor.id}`, bearer(admin))
        expect(detail.vendor.documents.map((d: any) => d.id)).toEqual([registration.id])
      })

      it("refuses other file types, unknown document types and another vendor's documents", async () => {
        const mine = await registerVendor(api)
        const theirs = await registerVendor(api)

        const text = new FormData()
        text.append("files", new Blob(["hello"], { type: "text/plain" }), "notes.txt")
        text.append("type", "owner_id")
        const wrongFile = await attempt(api.post("/vendor/documents", text, bearer(mine.token)))
        expect(wrongFile.status).toEqual(400)
        expect(wrongFile.data.message).toContain("files")

        const badType = new FormData()
        badType.append("files", pdf(), "x.pdf")
        badType.append("type", "passport-photo")
        const wrongType = await attempt(api.post("/vendor/documents", badType, bearer(mine.token)))
        expect(wrongType.status).toEqual(400)
        expect(wrongType.data.message).toContain("type")

        const form = new FormData()
        form.append("files", pdf(), "theirs.pdf")
        form.append("type", "other")
        const { data } = await api.post("/vendor/documents", form, bearer(theirs.token))
        expect((await attempt(api.delete(`/vendor/documents/${data.documents[0].id}`, bearer(mine.token)))).status).toEqual(404)
        expect((await api.get("/vendor/documents", bearer(mine.token))).data.documents).toEqual([])
      })
    })

    describe("admin verification", () => {
      it("approves, suspends and reinstates, recording who, when and why, with events", async () => {
        const { vendor } = await registerVendor(api)
        const { data: pending } = await api.get("/admin/vendors?status=pending", bearer(admin))
        expect(pending.vendors.map((v: any) => v.id)).toContain(vendor.id)

        expect((await vendorAction(api, admin, vendor.id, "approve")).data.vendor.status).toEqual("active")
        expect((await vendorAction(api, admin, vendor.id, "suspend", "Complaints about expired goods")).data.vendor.status).toEqual("suspended")
        const { data } = await vendorAction(api, admin, vendor.id, "reinstate", "Inspection passed")
        expect(data.vendor.status).toEqual("active")

        const { data: me } = await api.get("/admin/users/me", bearer(admin))
        expect(data.vendor.status_changes.map((c: any) => [c.action, c.from_status, c.to_status, c.reason, c.actor_id])).toEqual([
          ["reinstate", "suspended", "active", "Inspection passed", me.user.id],
          ["suspend", "active", "suspended", "Complaints about expired goods", me.user.id],
          ["approve", "pending", "active", null, me.user.id],
        ])
      })

      it("rejects with a reason, and a rejected vendor cannot be suspended (409)", async () => {
        const { vendor } = await registerVendor(api)
        const missingReason = await attempt(vendorAction(api, admin, vendor.id, "reject"))
        expect(missingReason.status).toEqual(400)
        expect(missingReason.data.message).toContain("reason")

        const { data } = await vendorAction(api, admin, vendor.id, "reject", "Registration document unreadable")
        expect(data.vendor.status).toEqual("rejected")
        const invalid = await attempt(vendorAction(api, admin, vendor.id, "suspend", "Should not work"))
        expect(invalid.status).toEqual(409)
        expect(invalid.data.message).toMatch(/rejected/)
      })

      it.each([
        ["approve", "active", undefined],
        ["reinstate", "pending", "Not suspended"],
      ])("answers 409 to %s on a vendor that is %s", async (action, _status, reason) => {
        const { vendor } = await registerVendor(api)
        if (action === "approve") {
          await vendorAction(api, admin, vendor.id, "approve")
        }
        const response = await attempt(vendorAction(api, admin, vendor.id, action, reason))
        expect(response.status).toEqual(409)
      })

      it("answers 404 for an unknown vendor and for an unknown action", async () => {
        expect((await attempt(api.get("/admin/vendors/ven_unknown", bearer(admin)))).status).toEqual(404)
        expect((await attempt(vendorAction(api, admin, "ven_unknown", "approve"))).status).toEqual(404)
        const { vendor } = await registerVendor(api)
        expect((await attempt(api.post(`/admin/vendors/${vendor.id}/promote`, {}, bearer(admin)))).status).toEqual(404)
      })

      it("is closed to vendors and customers", async () => {
        const { token, vendor } = await registerVendor(api)
        expect((await attempt(api.get("/admin/vendors", bearer(token)))).status).toEqual(401)
        expect((await attempt(vendorAction(api, token, vendor.id, "approve"))).status).toEqual(401)
      })

      it("takes fields and order on the vendors list, and names unknown ones", async () => {
        await registerVendor(api, { name: "Aleppo Soap Corner" })
        const { data } = await api.get("/admin/vendors?fields=name,created_at&order=-created_at&limit=100", bearer(admin))
        expect(Object.keys(data.vendors[0]).sort()).toEqual(["created_at", "id", "name"])
        expect(data.vendors[0].name).toEqual("Aleppo Soap Corner")
        const times = data.vendors.map((v: any) => new Date(v.created_at).getTime())
        expect(times).toEqual([...times].sort((x, y) => y - x))
        const { data: lean } = await api.get("/admin/vendors?fields=-documents&limit=1", bearer(admin))
        expect(lean.vendors[0].documents).toBeUndefined()
        expect(lean.vendors[0].handle).toEqual(expect.any(String))

        const store = { headers: { "x-publishable-api-key": publishableKey } }
        const { data: shop } = await api.get("/store/vendors?fields=handle&order=name", store)
        expect(Object.keys(shop.vendors[0]).sort()).toEqual(["handle", "id"])
        for (const [url, headers, named] of [
          ["/admin/vendors?fields=documents.file_id", bearer(admin), "'documents.file_id'"],
          ["/admin/vendors?order=email", bearer(admin), "got 'email'"],
          ["/store/vendors?fields=email_verified", store, "'email_verified'"],
          ["/store/vendors?order=distance_km", store, "order must be name without latitude"],
        ] as const) {
          const response = await attempt(api.get(url, headers))
          expect([url, response.status]).toEqual([url, 400])
          expect(response.data.message).toContain(named)
        }
      })

      it("filters by status and searches by name", async () => {
        await registerVendor(api, { name: "Bosra Dairy" })
        const { vendor } = await registerVendor(api, { name: "Nawa Grocer" })
        await vendorAction(api, admin, vendor.id, "approve")
        const { data } = await api.get("/admin/vendors?status=active&q=nawa", bearer(admin))
        expect(data.vendors.map((v: any) => v.name)).toEqual(["Nawa Grocer"])
        expect(data).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))
        const bad = await attempt(api.get("/admin/vendors?status=closed", bearer(admin)))
        expect(bad.status).toEqual(400)
      })
    })

    describe("storefront vendors", () => {
      it("lists active vendors only, nearest first, with search and pagination", async () => {
        const headers = { headers: { "x-publishable-api-key": publishableKey } }
        // The demo seed has vendors too; the names share "corner" so that q narrows to these.
        const far = await registerVendor(api, { name: "Bosra Corner Market", latitude: 32.5176, longitude: 36.4815 })
        const near = await registerVendor(api, { name: "Daraa Corner Shop", latitude: 32.6195, longitude: 36.1015 })
        const hidden = await registerVendor(api, { name: "Pending Corner Pantry" })
        await vendorAction(api, admin, far.vendor.id, "approve")
        await vendorAction(api, admin, near.vendor.id, "approve")

        const { data } = await api.get("/store/vendors?q=corner&latitude=32.62&longitude=36.10", headers)
        expect(data.vendors.map((v: any) => v.name)).toEqual(["Daraa Corner Shop", "Bosra Corner Market"])
        expect(data.vendors[0].distance_km).toBeLessThan(1)
        expect(data.vendors[1].distance_km).toBeGreaterThan(30)
        expect(data.vendors.map((v: any) => v.id)).not.toContain(hidden.vendor.id)

        const page = await api.get("/store/vendors?q=corner&latitude=32.62&longitude=36.10&limit=1&offset=1", headers)
        expect(page.data).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
        expect(page.data.vendors.map((v: any) => v.name)).toEqual(["Bosra Corner Market"])

        const search = await api.get("/store/vendors?q=corner shop", headers)
        expect(search.data.vendors.map((v: any) => v.name)).toEqual(["Daraa Corner Shop"])

        const bad = await attempt(api.get("/store/vendors?latitude=32.6", headers))
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("latitude")

        const { data: page2 } = await api.get(`/store/vendors/${near.vendor.handle}`, headers)
        expect(page2.vendor).toEqual(expect.objectContaining({ name: "Daraa Corner Shop", categories: [] }))
        expect((await attempt(api.get(`/store/vendors/${hidden.vendor.handle}`, headers))).status).toEqual(404)
      })
    })
  },
})

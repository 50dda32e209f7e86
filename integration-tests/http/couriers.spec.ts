import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import {
  adminToken,
  attempt,
  bearer,
  courierAction,
  courierBody,
  customerToken,
  readableHttpErrors,
  registerCourier,
  registerVendor,
} from "../helpers/actors"
import { eventually } from "../helpers/eventually"

jest.setTimeout(180 * 1000)

const DARAA = { latitude: 32.6189, longitude: 36.1021 }

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
      it("creates a pending, offline courier for the registering login, which /courier/me then answers", async () => {
        const email = `rider-${Date.now()}@example.com`
        const { data: registration } = await api.post("/auth/courier/emailpass/register", { email, password: "courier-password" })
        const created = await api.post(
          "/courier/couriers",
          { ...courierBody({ phone: "+963 944 000 333" }), email },
          bearer(registration.token)
        )
        expect(created.status).toEqual(201)
        expect(created.data.courier).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^cour_/),
            first_name: "Omar",
            phone: "+963944000333",
            email,
            vehicle_type: "motorcycle",
            status: "pending",
            availability: "offline",
            latitude: null,
            max_active_deliveries: 3,
          })
        )

        // The registration token has no courier yet; a refreshed one does.
        expect((await attempt(api.get("/courier/me", bearer(registration.token)))).status).toEqual(401)
        const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
        const { data: me } = await api.get("/courier/me", bearer(refreshed.token))
        expect(me.courier).toEqual(expect.objectContaining({ id: created.data.courier.id, status: "pending" }))
      })

      it("answers 400 naming the field for bad input, and creates nothing", async () => {
        const { data: registration } = await api.post("/auth/courier/emailpass/register", {
          email: `bad-${Date.now()}@example.com`,
          password: "courier-password",
        })
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...courierBody(), phone: "0944000222" }, /phone/],
          [{ ...courierBody(), phone: "+96312" }, /phone/],
          [{ ...courierBody(), vehicle_type: "truck" }, /vehicle_type/],
          [{ ...courierBody(), first_name: "" }, /first_name/],
          [{ last_name: "Haddad", phone: "+963944000222", vehicle_type: "car" }, /first_name/],
          [{ ...courierBody(), status: "active" }, /status/],
        ]
        for (const [body, message] of cases) {
          const response = await attempt(api.post("/courier/couriers", body, bearer(registration.token)))
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        // The login is still free to register.
        expect((await api.post("/courier/couriers", courierBody(), bearer(registration.token))).status).toEqual(201)
      })

      it("refuses a second registration by the same login with 409", async () => {
        const { registrationToken, token, courier } = await registerCourier(api, { last_name: "Twice" })
        for (const used of [registrationToken, token]) {
          const again = await attempt(api.post("/courier/couriers", courierBody(), bearer(used)))
          expect(again.status).toEqual(409)
          expect(again.data.message).toContain("already a courier")
        }
        const { data } = await api.get("/admin/couriers?q=Twice&limit=100", bearer(admin))
        expect(data.couriers.map((c: any) => c.id)).toEqual([courier.id])
      })

      it("answers 401 without a token and to a customer's, a vendor's or an admin's token", async () => {
        const vendor = (await registerVendor(api)).token
        const customer = await customerToken(api, publishableKey)
        for (const [method, url, body] of [
          ["post", "/courier/couriers", courierBody()],
          ["get", "/courier/me", undefined],
          ["post", "/courier/me/availability", { status: "offline" }],
          ["get", "/courier/documents", undefined],
          ["get", "/courier/a-route-nobody-wrote", undefined],
        ] as const) {
          for (const token of [null, customer, vendor, admin]) {
            const response = await api.request({
              method,
              url,
              data: body,
              headers: token ? bearer(token).headers : {},
              validateStatus: () => true,
            })
            expect(`${method} ${url} → ${response.status}`).toEqual(`${method} ${url} → 401`)
          }
        }
      })

      it("shows each courier only itself at /courier/me", async () => {
        const first = await registerCourier(api, { first_name: "Yousef" })
        const second = await registerCourier(api, { first_name: "Khaled" })
        expect((await api.get("/courier/me", bearer(first.token))).data.courier.id).toEqual(first.courier.id)
        expect((await api.get("/courier/me", bearer(second.token))).data.courier.id).toEqual(second.courier.id)
        // Nothing in the request can name another courier.
        const sneaky = await api.get(`/courier/me?id=${second.courier.id}`, bearer(first.token))
        expect(sneaky.data.courier.id).toEqual(first.courier.id)
      })
    })

    describe("admin review", () => {
      it("lists couriers by status and search, and shows one with its history", async () => {
        const { courier } = await registerCourier(api, { first_name: "Zakaria", last_name: "Nabulsi", vehicle_type: "van" })
        const pending = (await api.get("/admin/couriers?status=pending&limit=100", bearer(admin))).data
        expect(pending.couriers.map((c: any) => c.id)).toContain(courier.id)
        expect(pending.couriers.every((c: any) => c.status === "pending")).toBe(true)
        expect(pending).toEqual(expect.objectContaining({ count: expect.any(Number), offset: 0, limit: 100 }))

        const found = (await api.get("/admin/couriers?q=Nabulsi", bearer(admin))).data.couriers
        expect(found.map((c: any) => c.id)).toEqual([courier.id])
        const active = (await api.get("/admin/couriers?status=active&limit=100", bearer(admin))).data.couriers
        expect(active.map((c: any) => c.id)).not.toContain(courier.id)
        const page = (await api.get("/admin/couriers?limit=1&order=-created_at&fields=id,status", bearer(admin))).data
        expect(page.couriers).toHaveLength(1)
        expect(Object.keys(page.couriers[0]).sort()).toEqual(["id", "status"])

        expect((await attempt(api.get("/admin/couriers?status=asleep", bearer(admin)))).status).toEqual(400)
        expect((await attempt(api.get("/admin/couriers?order=no_such_key", bearer(admin)))).status).toEqual(400)

        const { data } = await api.get(`/admin/couriers/${courier.id}`, bearer(admin))
        expect(data.courier).toEqual(expect.objectContaining({ id: courier.id, vehicle_type: "van", status_changes: [] }))
        expect((await attempt(api.get("/admin/couriers/cour_missing", bearer(admin)))).status).toEqual(404)
      })

      it("approves, suspends (offline with it) and reinstates, with a history naming the admin", async () => {
        const { courier, token } = await registerCourier(api)
        const { data: me } = await api.get("/admin/users/me", bearer(admin))

        const approved = await courierAction(api, admin, courier.id, "approve")
        expect(approved.data.courier.status).toEqual("active")

        const online = await api.post("/courier/me/availability", { status: "online", ...DARAA }, bearer(token))
        expect(online.data.courier).toEqual(
          expect.objectContaining({ availability: "online", latitude: expect.closeTo(DARAA.latitude, 3), position_at: expect.any(String) })
        )

        const suspended = await courierAction(api, admin, courier.id, "suspend", "late deliveries")
        expect(suspended.data.courier).toEqual(expect.objectContaining({ status: "suspended", availability: "offline" }))
        const reinstated = await courierAction(api, admin, courier.id, "reinstate", "spoke with the courier")
        expect(reinstated.data.courier).toEqual(expect.objectContaining({ status: "active", availability: "offline" }))

        const history = reinstated.data.courier.status_changes
        expect(history.map((change: any) => [change.action, change.from_status, change.to_status, change.reason])).toEqual([
          ["reinstate", "suspended", "active", "spoke with the courier"],
          ["suspend", "active", "suspended", "late deliveries"],
          ["approve", "pending", "active", null],
        ])
        expect(history.every((change: any) => change.actor_type === "user" && change.actor_id === me.user.id)).toBe(true)
      })

      it("needs a reason for reject, suspend and reinstate, and refuses invalid transitions with 409", async () => {
        const { courier } = await registerCourier(api)
        for (const action of ["reject", "suspend", "reinstate"]) {
          const missing = await attempt(api.post(`/admin/couriers/${courier.id}/${action}`, {}, bearer(admin)))
          expect([missing.status, missing.data.message]).toEqual([400, expect.stringContaining("reason")])
        }
        const short = await attempt(api.post(`/admin/couriers/${courier.id}/reject`, { reason: "no" }, bearer(admin)))
        expect(short.status).toEqual(400)

        const suspendPending = await attempt(courierAction(api, admin, courier.id, "suspend", "not yet active"))
        expect([suspendPending.status, suspendPending.data.message]).toEqual([
          409,
          "A courier that is pending cannot be suspended; only a active courier can.",
        ])
        const rejected = await courierAction(api, admin, courier.id, "reject", "licence expired")
        expect(rejected.data.courier.status).toEqual("rejected")
        expect((await attempt(courierAction(api, admin, courier.id, "reinstate", "try again"))).status).toEqual(409)
        expect((await attempt(courierAction(api, admin, courier.id, "reject", "twice"))).status).toEqual(409)
        // The failed attempts left no trace.
        const { data } = await api.get(`/admin/couriers/${courier.id}`, bearer(admin))
        expect(data.courier.status_changes.map((change: any) => change.action)).toEqual(["reject"])

        // A rejected courier may be approved after all.
        expect((await courierAction(api, admin, courier.id, "approve")).data.courier.status).toEqual("active")
      })

      it("answers 404 for an unknown courier or action, and 401 to a courier", async () => {
        const { courier, token } = await registerCourier(api)
        expect((await attempt(courierAction(api, admin, "cour_missing", "approve"))).status).toEqual(404)
        expect((await attempt(courierAction(api, admin, "cour_missing", "suspend", "who is this"))).status).toEqual(404)
        expect((await attempt(courierAction(api, admin, courier.id, "promote"))).status).toEqual(404)
        expect((await attempt(api.get("/admin/couriers", bearer(token)))).status).toEqual(401)
        expect((await attempt(courierAction(api, token, courier.id, "approve"))).status).toEqual(401)
        expect((await api.get(`/admin/couriers/${courier.id}`, bearer(admin))).data.courier.status).toEqual("pending")
      })
    })

    describe("availability", () => {
      it("lets only an active courier go online, with a valid position", async () => {
        const { courier, token } = await registerCourier(api)
        const pending = await attempt(api.post("/courier/me/availability", { status: "online", ...DARAA }, bearer(token)))
        expect([pending.status, pending.data.message]).toEqual([
          409,
          "A courier that is pending cannot go online; only an active courier can.",
        ])
        // Offline is always allowed.
        expect((await api.post("/courier/me/availability", { status: "offline" }, bearer(token))).data.courier.availability).toEqual(
          "offline"
        )

        await courierAction(api, admin, courier.id, "approve")
        const bad: [Record<string, unknown>, RegExp][] = [
          [{ status: "online" }, /latitude/],
          [{ status: "online", latitude: 91, longitude: 36 }, /latitude/],
          [{ status: "online", latitude: 32, longitude: -181 }, /longitude/],
          [{ status: "online", latitude: "north", longitude: 36 }, /latitude/],
          [{ status: "offline", latitude: 32 }, /latitude/],
          [{ status: "busy", ...DARAA }, /status/],
        ]
        for (const [body, message] of bad) {
          const response = await attempt(api.post("/courier/me/availability", body, bearer(token)))
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect((await api.get("/courier/me", bearer(token))).data.courier).toEqual(
          expect.objectContaining({ availability: "offline", latitude: null })
        )

        const online = await api.post("/courier/me/availability", { status: "online", ...DARAA }, bearer(token))
        expect(online.data.courier.availability).toEqual("online")
        const offline = await api.post("/courier/me/availability", { status: "offline" }, bearer(token))
        expect(offline.data.courier).toEqual(expect.objectContaining({ availability: "offline", latitude: expect.closeTo(DARAA.latitude, 3) }))

        await courierAction(api, admin, courier.id, "suspend", "documents expired")
        expect((await attempt(api.post("/courier/me/availability", { status: "online", ...DARAA }, bearer(token)))).status).toEqual(409)
      })
    })

    describe("documents", () => {
      const pdf = () => new Blob([Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")], { type: "application/pdf" })

      it("uploads ID and vehicle documents that admins see and read, deletable only before approval", async () => {
        const { courier, token } = await registerCourier(api)
        const form = new FormData()
        form.append("files", pdf(), "licence.pdf")
        form.append("files", pdf(), "registration.pdf")
        form.append("type", "id")
        form.append("type", "vehicle")
        const created = await api.post("/courier/documents", form, bearer(token))
        expect(created.status).toEqual(201)
        expect(created.data.documents.map((d: any) => [d.type, d.filename]).sort()).toEqual([
          ["id", "licence.pdf"],
          ["vehicle", "registration.pdf"],
        ])
        const idDocument = created.data.documents.find((d: any) => d.type === "id")
        expect(idDocument.url).toEqual(`/courier/documents/${idDocument.id}/file`)
        const own = await api.get(idDocument.url, { ...bearer(token), responseType: "arraybuffer" })
        expect(Buffer.from(own.data).toString("latin1")).toContain("%PDF")

        const listed = (await api.get("/courier/documents?limit=1&order=type", bearer(token))).data
        expect([listed.count, listed.documents.map((d: any) => d.type)]).toEqual([2, ["id"]])

        const { data: detail } = await api.get(`/admin/couriers/${courier.id}`, bearer(admin))
        const reviewed = detail.courier.documents.find((d: any) => d.id === idDocument.id)
        expect(reviewed.url).toEqual(`/admin/couriers/${courier.id}/documents/${idDocument.id}/file`)
        expect((await api.get(reviewed.url, { ...bearer(admin), responseType: "arraybuffer" })).status).toEqual(200)
        expect((await attempt(api.get(`/admin/couriers/${courier.id}/documents/cdoc_missing/file`, bearer(admin)))).status).toEqual(404)

        const vehicle = created.data.documents.find((d: any) => d.type === "vehicle")
        expect((await api.delete(`/courier/documents/${vehicle.id}`, bearer(token))).data.deleted).toEqual(true)
        await courierAction(api, admin, courier.id, "approve")
        const locked = await attempt(api.delete(`/courier/documents/${idDocument.id}`, bearer(token)))
        expect([locked.status, locked.data.message]).toEqual([409, expect.stringContaining("kept on record")])
        expect((await api.get(`/admin/couriers/${courier.id}`, bearer(admin))).data.courier.documents.map((d: any) => d.id)).toEqual([
          idDocument.id,
        ])
      })

      it("refuses other file types, unknown document types and another courier's documents", async () => {
        const mine = await registerCourier(api)
        const theirs = await registerCourier(api)

        const text = new FormData()
        text.append("files", new Blob(["hello"], { type: "text/plain" }), "notes.txt")
        text.append("type", "id")
        const wrongFile = await attempt(api.post("/courier/documents", text, bearer(mine.token)))
        expect([wrongFile.status, wrongFile.data.message]).toEqual([400, expect.stringContaining("files")])

        const badType = new FormData()
        badType.append("files", pdf(), "x.pdf")
        badType.append("type", "passport-photo")
        const wrongType = await attempt(api.post("/courier/documents", badType, bearer(mine.token)))
        expect([wrongType.status, wrongType.data.message]).toEqual([400, expect.stringContaining("type")])
        const none = await attempt(api.post("/courier/documents", {}, bearer(mine.token)))
        expect([none.status, none.data.message]).toEqual([400, expect.stringContaining("files")])

        const form = new FormData()
        form.append("files", pdf(), "theirs.pdf")
        form.append("type", "vehicle")
        const { data } = await api.post("/courier/documents", form, bearer(theirs.token))
        const theirDocument = data.documents[0].id
        expect((await attempt(api.delete(`/courier/documents/${theirDocument}`, bearer(mine.token)))).status).toEqual(404)
        expect((await attempt(api.get(`/courier/documents/${theirDocument}/file`, bearer(mine.token)))).status).toEqual(404)
        expect((await attempt(api.get(`/admin/couriers/${mine.courier.id}/documents/${theirDocument}/file`, bearer(admin)))).status).toEqual(404)
        expect((await api.get("/courier/documents", bearer(mine.token))).data.documents).toEqual([])
        // A vendor's token does not reach a courier's documents.
        const vendor = (await registerVendor(api)).token
        expect((await attempt(api.get(`/courier/documents/${theirDocument}/file`, bearer(vendor)))).status).toEqual(401)
      })
    })

    describe("notifications", () => {
      it("tells the courier of each decision in its feed, and admins of a courier awaiting review", async () => {
        const { data: me } = await api.get("/admin/users/me", bearer(admin))
        const { courier, token } = await registerCourier(api, { first_name: "Fadi", last_name: "Masri" })

        const adminFeed = await eventually(
          "the admin feed entry",
          async () =>
            (await api.get(`/admin/notifications?channel=feed&to=${me.user.id}&limit=100`, bearer(admin))).data.notifications as any[],
          (list) => list.some((n) => n.resource_id === courier.id)
        )
        expect(adminFeed.find((n) => n.resource_id === courier.id)).toEqual(
          expect.objectContaining({
            trigger_type: "courier-awaiting-review",
            resource_type: "courier",
            data: expect.objectContaining({ description: expect.stringContaining("Fadi Masri") }),
          })
        )

        await courierAction(api, admin, courier.id, "reject", "licence expired")
        await courierAction(api, admin, courier.id, "approve")
        await courierAction(api, admin, courier.id, "suspend", "late deliveries")
        await courierAction(api, admin, courier.id, "reinstate", "licence renewed")

        const feed = await eventually(
          "the courier's four notices",
          async () => (await api.get("/courier/notifications?limit=50", bearer(token))).data.notifications as any[],
          (list) => list.length >= 4
        )
        const byEvent = Object.fromEntries(feed.map((n: any) => [n.event, n]))
        expect(Object.keys(byEvent).sort()).toEqual(["courier-approved", "courier-reinstated", "courier-rejected", "courier-suspended"])
        expect(byEvent["courier-rejected"].body).toContain("licence expired")
        expect(byEvent["courier-suspended"].body).toContain("late deliveries")

        // Another courier's feed has none of them.
        const other = await registerCourier(api)
        expect((await api.get("/courier/notifications", bearer(other.token))).data.notifications).toEqual([])
      })
    })
  },
})

import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DaraaEvents } from "../../src/events"
import { NOTIFICATION_CENTER_MODULE } from "../../src/modules/notification-center"
import { vendorApproved } from "../../src/modules/notification-center/templates/vendor-approved"
import { vendorSuspended } from "../../src/modules/notification-center/templates/vendor-suspended"
import { VENDOR_MODULE } from "../../src/modules/vendor"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import {
  adminToken,
  attempt,
  bearer,
  customerToken,
  readableHttpErrors,
  registerVendor,
  settled,
  vendorAction,
  vendorBody,
} from "../helpers/actors"
import { eventually } from "../helpers/eventually"
import { productBody } from "../helpers/catalog"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })

    async function invite(ownerToken: string, role: "manager" | "staff", email = `${role}-${Date.now()}@example.com`) {
      const { data } = await api.post("/vendor/invites", { email, role }, bearer(ownerToken))
      return { email, token: data.invite.token as string, invite: data.invite }
    }

    /** The invitee registers their own login, accepts, and refreshes into a member token. */
    async function join(inviteToken: string, email: string, profile: Record<string, unknown> = {}) {
      const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password: "member-password" })
      const accepted = await api.post("/vendor/invites/accept", { token: inviteToken, first_name: "Huda", ...profile }, bearer(registration.token))
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
      return { member: accepted.data.member, token: refreshed.token as string, registration: registration.token as string }
    }

    it("invites a manager who joins with their own login", async () => {
      const owner = await registerVendor(api)
      const { email, token, invite: created } = await invite(owner.token, "manager")
      expect(created).toEqual(expect.objectContaining({ email, role: "manager", accepted_at: null }))

      const { data: pending } = await api.get("/vendor/invites", bearer(owner.token))
      expect(pending.invites.map((i: any) => i.email)).toEqual([email])
      expect(pending.invites[0].token).toBeUndefined()

      const manager = await join(token, email)
      expect(manager.member).toEqual(expect.objectContaining({ role: "manager", email, first_name: "Huda" }))
      const { data: me } = await api.get("/vendor/me", bearer(manager.token))
      expect(me.vendor.id).toEqual(owner.vendor.id)
      const { data: team } = await api.get("/vendor/members", bearer(manager.token))
      expect(team.members.map((m: any) => m.role).sort()).toEqual(["manager", "owner"])
    })

    it("takes fields and order on the members and invites lists, and names unknown ones", async () => {
      const owner = await registerVendor(api)
      const first = await invite(owner.token, "staff", `a-${Date.now()}@example.com`)
      const second = await invite(owner.token, "manager", `b-${Date.now()}@example.com`)
      const { data: invites } = await api.get("/vendor/invites?fields=email,role&order=-email", bearer(owner.token))
      expect(invites.invites).toEqual([
        { id: second.invite.id, email: second.email, role: "manager" },
        { id: first.invite.id, email: first.email, role: "staff" },
      ])
      const { data: members } = await api.get("/vendor/members?fields=-phone,-locale&order=created_at", bearer(owner.token))
      expect(Object.keys(members.members[0]).sort()).toEqual(["created_at", "email", "first_name", "id", "last_name", "role"])
      const { data: documents } = await api.get("/vendor/documents?fields=type&order=-created_at", bearer(owner.token))
      expect(documents).toEqual(expect.objectContaining({ documents: [], count: 0 }))

      for (const [url, named] of [
        ["/vendor/members?fields=password_hash", "'password_hash'"],
        ["/vendor/members?order=phone", "got 'phone'"],
        ["/vendor/invites?fields=token", "'token'"],
        ["/vendor/documents?fields=file_id", "'file_id'"],
      ]) {
        const response = await attempt(api.get(url, bearer(owner.token)))
        expect([url, response.status]).toEqual([url, 400])
        expect(response.data.message).toContain(named)
      }
    })

    it("refuses a reused, an expired and an unknown invite", async () => {
      const owner = await registerVendor(api)
      const first = await invite(owner.token, "staff")
      await join(first.token, first.email)
      const lateEmail = `late-${Date.now()}@example.com`
      const { data: other } = await api.post("/auth/vendor/emailpass/register", { email: lateEmail, password: "x-password" })
      const reused = await attempt(api.post("/vendor/invites/accept", { token: first.token }, bearer(other.token)))
      expect(reused.status).toEqual(409)
      expect(reused.data.message).toMatch(/already been accepted/)

      const second = await invite(owner.token, "staff")
      await getContainer()
        .resolve<any>(VENDOR_MODULE)
        .updateVendorInvites({ id: second.invite.id, expires_at: new Date(Date.now() - 60 * 1000) })
      const expired = await attempt(api.post("/vendor/invites/accept", { token: second.token }, bearer(other.token)))
      expect(expired.status).toEqual(400)
      expect(expired.data.message).toMatch(/expired/)

      const unknown = await attempt(api.post("/vendor/invites/accept", { token: "f".repeat(64) }, bearer(other.token)))
      expect(unknown.status).toEqual(404)
      const missing = await attempt(api.post("/vendor/invites/accept", {}, bearer(other.token)))
      expect(missing.status).toEqual(400)
      expect(missing.data.message).toContain("token")

      // A suspended store takes no new members, like any other write (docs/vendors.md); reinstated, it does.
      const admin = await adminToken(api)
      const onHold = await invite(owner.token, "staff")
      await vendorAction(api, admin, owner.vendor.id, "approve")
      await vendorAction(api, admin, owner.vendor.id, "suspend", "Inspection pending")
      const suspended = await attempt(api.post("/vendor/invites/accept", { token: onHold.token }, bearer(other.token)))
      expect([suspended.status, suspended.data.message]).toEqual([403, expect.stringContaining("suspended")])
      const { data: team } = await api.get("/vendor/members", bearer(owner.token))
      expect(team.members.map((m: any) => m.email)).not.toContain(onHold.email)
      await vendorAction(api, admin, owner.vendor.id, "reinstate", "Inspection passed")
      expect((await attempt(api.post("/vendor/invites/accept", { token: onHold.token }, bearer(other.token)))).status).toEqual(201)
    })

    it("enforces roles: staff reads, manager runs the catalog, only the owner manages people and the profile", async () => {
      const owner = await registerVendor(api)
      const m = await invite(owner.token, "manager")
      const s = await invite(owner.token, "staff")
      const manager = await join(m.token, m.email)
      const staff = await join(s.token, s.email)

      expect((await api.get("/vendor/products", bearer(staff.token))).status).toEqual(200)
      for (const request of settled([
        api.post("/vendor/products", productBody(), bearer(staff.token)),
        api.post("/vendor/me", { description: "staff edit" }, bearer(staff.token)),
        api.post("/vendor/invites", { email: "x@example.com", role: "staff" }, bearer(staff.token)),
      ])) {
        const response = await attempt(request)
        expect(response.status).toEqual(403)
      }

      expect((await api.post("/vendor/products", productBody(), bearer(manager.token))).status).toEqual(201)
      expect((await api.post("/vendor/me", { description: "manager edit" }, bearer(manager.token))).status).toEqual(200)
      for (const request of settled([
        api.post("/vendor/invites", { email: "y@example.com", role: "staff" }, bearer(manager.token)),
        api.post("/vendor/members", { email: "y@example.com", role: "staff" }, bearer(manager.token)),
        api.post(`/vendor/members/${staff.member.id}`, { role: "manager" }, bearer(manager.token)),
        api.delete(`/vendor/members/${staff.member.id}`, bearer(manager.token)),
      ])) {
        const response = await attempt(request)
        expect(response.status).toEqual(403)
        expect(response.data.message).toMatch(/Only the owner/)
      }
    })

    it("lets the owner change roles and remove members, whose token then stops working", async () => {
      const owner = await registerVendor(api)
      const s = await invite(owner.token, "staff")
      const staff = await join(s.token, s.email)

      const { data: promoted } = await api.post(`/vendor/members/${staff.member.id}`, { role: "manager" }, bearer(owner.token))
      expect(promoted.member.role).toEqual("manager")
      expect((await api.post("/vendor/products", productBody(), bearer(staff.token))).status).toEqual(201)

      const { data: me } = await api.get("/vendor/me", bearer(owner.token))
      expect((await attempt(api.delete(`/vendor/members/${me.member.id}`, bearer(owner.token)))).status).toEqual(400)
      expect((await attempt(api.post(`/vendor/members/${me.member.id}`, { role: "staff" }, bearer(owner.token)))).status).toEqual(400)

      const { data: removed } = await api.delete(`/vendor/members/${staff.member.id}`, bearer(owner.token))
      expect(removed).toEqual({ id: staff.member.id, object: "vendor_member", deleted: true })
      expect((await attempt(api.get("/vendor/me", bearer(staff.token)))).status).toEqual(401)
    })

    it("answers 404 for another vendor's members and invites", async () => {
      const mine = await registerVendor(api)
      const theirs = await registerVendor(api)
      const s = await invite(theirs.token, "staff")
      const staff = await join(s.token, s.email)
      const pending = await invite(theirs.token, "manager")

      for (const request of settled([
        api.post(`/vendor/members/${staff.member.id}`, { role: "manager" }, bearer(mine.token)),
        api.delete(`/vendor/members/${staff.member.id}`, bearer(mine.token)),
        api.delete(`/vendor/invites/${pending.invite.id}`, bearer(mine.token)),
      ])) {
        expect((await attempt(request)).status).toEqual(404)
      }
      const { data: team } = await api.get("/vendor/members", bearer(mine.token))
      expect(team.members).toHaveLength(1)
    })

    it("validates invites and refuses a second pending invite for the same email", async () => {
      const owner = await registerVendor(api)
      const asOwner = await attempt(api.post("/vendor/invites", { email: "o@example.com", role: "owner" }, bearer(owner.token)))
      expect(asOwner.status).toEqual(400)
      expect(asOwner.data.message).toContain("role")
      const unknown = await attempt(api.post("/vendor/invites", { email: "o@example.com", role: "staff", admin: true }, bearer(owner.token)))
      expect(unknown.status).toEqual(400)
      expect(unknown.data.message).toContain("admin")

      await invite(owner.token, "staff", "twice@example.com")
      const twice = await attempt(api.post("/vendor/invites", { email: "twice@example.com", role: "staff" }, bearer(owner.token)))
      expect(twice.status).toEqual(409)
      const self = await attempt(api.post("/vendor/invites", { email: owner.email, role: "staff" }, bearer(owner.token)))
      expect(self.status).toEqual(409)
    })

    it("lets the owner revoke a pending invite", async () => {
      const owner = await registerVendor(api)
      const pending = await invite(owner.token, "staff")
      expect((await api.delete(`/vendor/invites/${pending.invite.id}`, bearer(owner.token))).data.deleted).toEqual(true)
      const { data: other } = await api.post("/auth/vendor/emailpass/register", { email: pending.email, password: "x-password" })
      expect((await attempt(api.post("/vendor/invites/accept", { token: pending.token }, bearer(other.token)))).status).toEqual(404)
    })

    /** The auth identity behind an email login, as the auth module keeps it. */
    const vendorLoginOf = async (email: string) => {
      const auth = getContainer().resolve<any>(Modules.AUTH)
      const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
      return (await auth.retrieveAuthIdentity(provider.auth_identity_id)) as { id: string; app_metadata: Record<string, unknown> | null }
    }

    it("frees a removed member's login: the same email is invited again, and the login may register a store", async () => {
      const owner = await registerVendor(api)
      const first = await invite(owner.token, "staff")
      const staff = await join(first.token, first.email)
      expect((await vendorLoginOf(first.email)).app_metadata?.vendor_id).toEqual(staff.member.id)

      await api.delete(`/vendor/members/${staff.member.id}`, bearer(owner.token))
      expect((await vendorLoginOf(first.email)).app_metadata?.vendor_id ?? null).toBeNull()
      expect((await attempt(api.get("/vendor/me", bearer(staff.token)))).status).toEqual(401)

      // The same login signs in again: a token without a member, which the new invite takes.
      const { data: login } = await api.post("/auth/vendor/emailpass", { email: first.email, password: "member-password" })
      expect((await attempt(api.get("/vendor/me", bearer(login.token)))).status).toEqual(401)
      const again = await invite(owner.token, "manager", first.email)
      const accepted = await api.post("/vendor/invites/accept", { token: again.token }, bearer(login.token))
      expect(accepted.status).toEqual(201)
      expect(accepted.data.member).toEqual(expect.objectContaining({ email: first.email, role: "manager" }))
      expect(accepted.data.member.id).not.toEqual(staff.member.id)
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(login.token))
      const { data: me } = await api.get("/vendor/me", bearer(refreshed.token))
      expect([me.member.id, me.vendor.id]).toEqual([accepted.data.member.id, owner.vendor.id])
      const { data: team } = await api.get("/vendor/members", bearer(owner.token))
      expect(team.members.filter((m: any) => m.email === first.email).map((m: any) => m.role)).toEqual(["manager"])

      // Removed again, the login registers a vendor of its own.
      await api.delete(`/vendor/members/${accepted.data.member.id}`, bearer(owner.token))
      const { data: relogin } = await api.post("/auth/vendor/emailpass", { email: first.email, password: "member-password" })
      const created = await api.post("/vendor/vendors", vendorBody({ email: first.email }), bearer(relogin.token))
      expect(created.status).toEqual(201)
      const { data: ownStore } = await api.post("/auth/token/refresh", {}, bearer(relogin.token))
      const { data: ownMe } = await api.get("/vendor/me", bearer(ownStore.token))
      expect([ownMe.member.role, ownMe.vendor.id]).toEqual(["owner", created.data.vendor.id])
      // The admins hear of the new store; let that finish before the database is reset.
      await eventually(
        "the admins' email about the new store",
        () => getContainer().resolve<any>(NOTIFICATION_CENTER_MODULE).listNotificationDeliveries({ event: "vendor-awaiting-review" }),
        (list: any[]) => list.some((d) => d.data?.id === created.data.vendor.id && d.status !== "pending")
      )
    })

    it("keeps the member and their login linked when removing fails part way", async () => {
      const owner = await registerVendor(api)
      const s = await invite(owner.token, "staff")
      const staff = await join(s.token, s.email)
      const bus = getContainer().resolve<any>(Modules.EVENT_BUS)
      const emit = bus.emit.bind(bus)
      const failing = jest.spyOn(bus, "emit").mockImplementation(async (messages: any, options?: any) => {
        if ([messages].flat().some((message: any) => message.name === DaraaEvents.VENDOR_MEMBER_REMOVED)) {
          throw new Error("event bus down")
        }
        return emit(messages, options)
      })
      try {
        expect((await attempt(api.delete(`/vendor/members/${staff.member.id}`, bearer(owner.token)))).status).toEqual(500)
      } finally {
        failing.mockRestore()
      }
      expect((await vendorLoginOf(s.email)).app_metadata?.vendor_id).toEqual(staff.member.id)
      const { data: me } = await api.get("/vendor/me", bearer(staff.token))
      expect(me.member.id).toEqual(staff.member.id)
    })

    it("answers 409 to all but one of five acceptances of one invite at once", async () => {
      const owner = await registerVendor(api)
      const { email, token, invite: created } = await invite(owner.token, "staff")
      const logins = await Promise.all(
        [1, 2, 3, 4, 5].map(async (n) => {
          const loginEmail = n === 1 ? email : `racer-${n}-${Date.now()}@example.com`
          const { data } = await api.post("/auth/vendor/emailpass/register", { email: loginEmail, password: "racer-password" })
          return { email: loginEmail, token: data.token as string }
        })
      )
      const answers = await Promise.all(settled(logins.map((login) => api.post("/vendor/invites/accept", { token }, bearer(login.token)))))
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409])
      for (const lost of answers.filter((a) => a.status === 409)) {
        expect(lost.data.message).toMatch(/already been accepted/)
      }
      const vendors = getContainer().resolve<any>(VENDOR_MODULE)
      expect(await vendors.listVendorMembers({ vendor_id: owner.vendor.id, email })).toHaveLength(1)
      expect((await vendors.retrieveVendorInvite(created.id)).accepted_at).not.toBeNull()
      const linked = (await Promise.all(logins.map((login) => vendorLoginOf(login.email)))).filter((i) => i.app_metadata?.vendor_id)
      expect(linked.map((i) => i.app_metadata!.vendor_id)).toEqual([answers.find((a) => a.status === 201)!.data.member.id])

      // One login sending its acceptance five times at once is the same race.
      const second = await invite(owner.token, "staff")
      const { data: one } = await api.post("/auth/vendor/emailpass/register", { email: second.email, password: "racer-password" })
      const repeated = await Promise.all(settled([1, 2, 3, 4, 5].map(() => api.post("/vendor/invites/accept", { token: second.token }, bearer(one.token)))))
      expect(repeated.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409])
      expect(await vendors.listVendorMembers({ vendor_id: owner.vendor.id, email: second.email })).toHaveLength(1)
    })

    it("sends each member's notifications in their own language, chosen at registration, on joining or later", async () => {
      const email = `owner-ar-${Date.now()}@example.com`
      const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password: "vendor-password" })
      const body = vendorBody({ email })
      const created = await api.post("/vendor/vendors", { ...body, member: { ...body.member, locale: "ar" } }, bearer(registration.token))
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
      const ownerToken = refreshed.token as string
      const vendor = created.data.vendor
      expect((await api.get("/vendor/me", bearer(ownerToken))).data.member.locale).toEqual("ar")

      const m = await invite(ownerToken, "manager")
      const manager = await join(m.token, m.email)
      expect(manager.member.locale).toEqual("en")
      const a = await invite(ownerToken, "manager")
      const arabicManager = await join(a.token, a.email, { locale: "ar" })
      expect(arabicManager.member.locale).toEqual("ar")

      const feedOf = async (token: string) => (await api.get("/vendor/notifications?limit=100", bearer(token))).data.notifications as any[]
      const message = (token: string, event: string) =>
        eventually(`${event} in a feed`, () => feedOf(token), (feed) => feed.some((n) => n.event === event)).then((feed) =>
          feed.find((n) => n.event === event)
        )
      const center = getContainer().resolve<any>(NOTIFICATION_CENTER_MODULE)
      /** Each run of an event records all its deliveries at once; waits until every one was tried. */
      const triedDeliveries = (event: string, memberIds: string[], runs = 1) =>
        eventually(
          `${runs} run(s) of ${event} tried for ${memberIds.length} members`,
          () => center.listNotificationDeliveries({ event, recipient_id: memberIds }),
          (list: any[]) =>
            list.filter((d) => d.channel === "email").length === memberIds.length * runs && list.every((d) => d.status !== "pending")
        )
      const emailLocales = (deliveries: any[]) =>
        Object.fromEntries(deliveries.filter((d) => d.channel === "email").map((d) => [d.recipient_id, d.locale]))

      const admin = await adminToken(api)
      const ownerMember = (await api.get("/vendor/me", bearer(ownerToken))).data.member
      const memberIds = [ownerMember.id, manager.member.id, arabicManager.member.id]
      await vendorAction(api, admin, vendor.id, "approve")
      const approvedData = { id: vendor.id, vendor_name: vendor.name }
      expect((await message(ownerToken, "vendor-approved")).title).toEqual(vendorApproved.ar(approvedData).title)
      expect((await message(arabicManager.token, "vendor-approved")).body).toEqual(vendorApproved.ar(approvedData).body)
      expect((await message(manager.token, "vendor-approved")).title).toEqual(vendorApproved.en(approvedData).title)
      expect(emailLocales(await triedDeliveries("vendor-approved", memberIds))).toEqual({
        [ownerMember.id]: "ar",
        [manager.member.id]: "en",
        [arabicManager.member.id]: "ar",
      })

      // The English manager switches to Arabic; a suspended store still lets a member change their own language.
      await vendorAction(api, admin, vendor.id, "suspend", "Inspection pending")
      await triedDeliveries("vendor-suspended", memberIds)
      expect((await message(manager.token, "vendor-suspended")).title).toEqual(vendorSuspended.en(approvedData).title)
      const switched = await api.post("/vendor/me/member", { locale: "ar" }, bearer(manager.token))
      expect(switched.status).toEqual(200)
      expect(switched.data.member).toEqual(expect.objectContaining({ id: manager.member.id, locale: "ar" }))
      expect((await api.get("/vendor/me", bearer(manager.token))).data.member.locale).toEqual("ar")
      expect((await api.get("/vendor/me", bearer(ownerToken))).data.member.locale).toEqual("ar")

      await vendorAction(api, admin, vendor.id, "reinstate", "Inspection passed")
      await vendorAction(api, admin, vendor.id, "suspend", "Second inspection")
      await triedDeliveries("vendor-suspended", memberIds, 2)
      const feed = await feedOf(manager.token)
      const latest = feed.find((n) => n.event === "vendor-suspended" && n.body.includes("Second inspection"))
      expect(latest.title).toEqual(vendorSuspended.ar(approvedData).title)
    })

    it("validates the member's language wherever it is set", async () => {
      const owner = await registerVendor(api)
      const s = await invite(owner.token, "staff")
      const staff = await join(s.token, s.email)

      const unknown = await attempt(api.post("/vendor/me/member", { locale: "fr" }, bearer(staff.token)))
      expect([unknown.status, unknown.data.message]).toEqual([400, expect.stringContaining("locale")])
      const missing = await attempt(api.post("/vendor/me/member", {}, bearer(staff.token)))
      expect([missing.status, missing.data.message]).toEqual([400, expect.stringContaining("locale")])
      const extra = await attempt(api.post("/vendor/me/member", { locale: "ar", role: "owner" }, bearer(staff.token)))
      expect([extra.status, extra.data.message]).toEqual([400, expect.stringContaining("role")])

      const next = await invite(owner.token, "staff")
      const { data: login } = await api.post("/auth/vendor/emailpass/register", { email: next.email, password: "x-password" })
      const badAccept = await attempt(api.post("/vendor/invites/accept", { token: next.token, locale: "de" }, bearer(login.token)))
      expect([badAccept.status, badAccept.data.message]).toEqual([400, expect.stringContaining("locale")])
      const email = `owner-fr-${Date.now()}@example.com`
      const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password: "vendor-password" })
      const body = vendorBody({ email })
      const badRegistration = await attempt(api.post("/vendor/vendors", { ...body, member: { ...body.member, locale: "fr" } }, bearer(registration.token)))
      expect([badRegistration.status, badRegistration.data.message]).toEqual([400, expect.stringContaining("locale")])

      // Staff may set their own language, and only their own: the owner's stays as it was.
      expect((await api.post("/vendor/me/member", { locale: "ar" }, bearer(staff.token))).data.member.locale).toEqual("ar")
      const { data: team } = await api.get("/vendor/members", bearer(owner.token))
      expect(Object.fromEntries(team.members.map((m: any) => [m.role, m.locale]))).toEqual({ owner: "en", staff: "ar" })
    })

    const VENDOR_ROUTES: [string, string][] = [
      ["get", "/vendor/me"],
      ["post", "/vendor/me"],
      ["post", "/vendor/me/member"],
      ["get", "/vendor/members"],
      ["post", "/vendor/members"],
      ["post", "/vendor/members/vmem_x"],
      ["delete", "/vendor/members/vmem_x"],
      ["get", "/vendor/invites"],
      ["post", "/vendor/invites"],
      ["delete", "/vendor/invites/vinv_x"],
      ["get", "/vendor/documents"],
      ["post", "/vendor/documents"],
      ["delete", "/vendor/documents/vdoc_x"],
      ["get", "/vendor/products"],
      ["post", "/vendor/products"],
      ["get", "/vendor/products/prod_x"],
      ["post", "/vendor/products/prod_x"],
      ["delete", "/vendor/products/prod_x"],
      ["post", "/vendor/products/prod_x/variants"],
      ["post", "/vendor/products/prod_x/variants/variant_x"],
      ["delete", "/vendor/products/prod_x/variants/variant_x"],
      ["post", "/vendor/products/prod_x/variants/variant_x/stock"],
      ["get", "/vendor/product-categories"],
      ["post", "/vendor/uploads"],
      ["get", "/vendor/notifications"],
    ]
    const call = (method: string, path: string, token?: string) =>
      method === "get" || method === "delete"
        ? api[method](path, token ? bearer(token) : {})
        : api[method](path, {}, token ? bearer(token) : {})

    it("answers 401 on every /vendor route to a customer token and to no token", async () => {
      const customer = await customerToken(api, publishableKey)
      const answers = await Promise.all(
        VENDOR_ROUTES.flatMap(([method, path]) => [
          attempt(call(method, path, customer)).then((r) => `${method} ${path} customer ${r.status}`),
          attempt(call(method, path)).then((r) => `${method} ${path} anonymous ${r.status}`),
        ])
      )
      expect(answers.filter((answer) => !answer.endsWith(" 401"))).toEqual([])
    })

    it("answers 403 to staff on every route that needs the owner or a manager", async () => {
      const owner = await registerVendor(api)
      const s = await invite(owner.token, "staff")
      const staff = await join(s.token, s.email)
      const restricted = VENDOR_ROUTES.filter(([method, path]) => method !== "get" || /invites|documents/.test(path)).filter(
        // Notifications and the member's own settings are every member's.
        ([, path]) => !path.startsWith("/vendor/notifications") && path !== "/vendor/me/member"
      )
      const answers = await Promise.all(
        restricted.map(([method, path]) => attempt(call(method, path, staff.token)).then((r) => `${method} ${path} ${r.status}`))
      )
      expect(answers.filter((answer) => !answer.endsWith(" 403"))).toEqual([])
    })

    it("is closed to customers", async () => {
      const customer = await customerToken(api, publishableKey)
      expect((await attempt(api.get("/vendor/members", bearer(customer)))).status).toEqual(401)
      expect((await attempt(api.post("/vendor/invites/accept", { token: "x" }, bearer(customer)))).status).toEqual(401)
    })
  },
})

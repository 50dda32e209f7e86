import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { NOTIFICATION_CENTER_MODULE } from "../../src/modules/notification-center"
import { smsOutbox } from "../../src/modules/sms-local/outbox"
import { notifyRecipientsWorkflow } from "../../src/workflows/notification/workflows/notify-recipients"
import { bearer, createPublishableKey, resetPhoneOtpLimits, signInByPhone } from "../helpers/phone-otp"

jest.setTimeout(180 * 1000)

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a failure")
    },
    (e: any) => e.response
  )

/** A token for `actor` whose profile id is `actorId`, as the actor's own registration would leave it. */
async function actorToken(api: any, container: MedusaContainer, actor: string, phone: string, actorId: string) {
  const registration = await signInByPhone(api, actor, phone)
  const auth = container.resolve(Modules.AUTH) as any
  const [identity] = await auth.listAuthIdentities({ provider_identities: { entity_id: phone } })
  await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...identity.app_metadata, [`${actor}_id`]: actorId } })
  const { data } = await api.post("/auth/token/refresh", {}, bearer(registration))
  return data.token as string
}

function feedEntry(recipient_type: string, recipient_id: string, title: string) {
  return { recipient_type, recipient_id, category: "orders", event: "order-placed", title, body: `${title} body` }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let customer: { id: string; token: string }
    let otherCustomer: { id: string; token: string }

    async function registerCustomer(phone: string, email: string) {
      const registration = await signInByPhone(api, "customer", phone)
      const { data } = await api.post(
        "/store/customers",
        { email, first_name: "Test", phone },
        bearer(registration, publishableKey)
      )
      const refreshed = await api.post("/auth/token/refresh", {}, bearer(registration))
      return { id: data.customer.id as string, token: refreshed.data.token as string }
    }

    const store = (token: string) => bearer(token, publishableKey)
    const center = () => getContainer().resolve(NOTIFICATION_CENTER_MODULE) as any

    beforeAll(async () => {
      publishableKey = await createPublishableKey(getContainer())
      await resetPhoneOtpLimits(getContainer())
      customer = await registerCustomer("+963944300001", "c1@example.com")
      otherCustomer = await registerCustomer("+963944300002", "c2@example.com")
    })

    describe("the feed", () => {
      it("lists the actor's own notifications with an unread count, and marks them read", async () => {
        const [mine1, mine2] = await center().createFeedNotifications([
          feedEntry("customer", customer.id, "first"),
          feedEntry("customer", customer.id, "second"),
        ])
        await center().createFeedNotifications([feedEntry("customer", otherCustomer.id, "not yours")])

        const list = await api.get("/store/notifications", store(customer.token))
        expect(list.data).toEqual(
          expect.objectContaining({ count: 2, offset: 0, limit: 20, unread_count: 2 })
        )
        expect(list.data.notifications.map((n: any) => n.id).sort()).toEqual([mine1.id, mine2.id].sort())

        const read = await api.post(`/store/notifications/${mine1.id}/read`, {}, store(customer.token))
        expect(read.data.notification.read_at).not.toBeNull()
        expect(read.data.unread_count).toEqual(1)

        const unread = await api.get("/store/notifications?unread=true", store(customer.token))
        expect(unread.data.notifications.map((n: any) => n.id)).toEqual([mine2.id])
        expect(unread.data.unread_count).toEqual(1)

        const all = await api.post("/store/notifications/read-all", {}, store(customer.token))
        expect(all.data).toEqual({ updated: 1, unread_count: 0 })
        expect((await api.get("/store/notifications", store(customer.token))).data.unread_count).toEqual(0)

        // The other customer's entry is untouched.
        expect((await api.get("/store/notifications", store(otherCustomer.token))).data.unread_count).toEqual(1)
      })

      it("answers 404 for another actor's notification, as for an unknown one", async () => {
        const [theirs] = await center().createFeedNotifications([feedEntry("customer", otherCustomer.id, "theirs")])
        expect((await failure(api.post(`/store/notifications/${theirs.id}/read`, {}, store(customer.token)))).status).toEqual(404)
        expect((await failure(api.post(`/store/notifications/feed_unknown/read`, {}, store(customer.token)))).status).toEqual(404)
        const [after] = await center().listFeedNotifications({ id: theirs.id })
        expect(after.read_at).toBeNull()
      })

      it("answers 401 without a token and with another actor's token", async () => {
        expect((await failure(api.get("/store/notifications", { headers: { "x-publishable-api-key": publishableKey } }))).status).toEqual(401)
        const courierToken = await actorToken(api, getContainer(), "courier", "+963944300010", "cour_feed_1")
        expect((await failure(api.get("/store/notifications", store(courierToken)))).status).toEqual(401)
        expect((await failure(api.get("/vendor/notifications", bearer(customer.token)))).status).toEqual(401)
        expect((await failure(api.post("/courier/notifications/read-all", {}, bearer(customer.token)))).status).toEqual(401)
      })

      it("answers 400 naming the field for a bad query", async () => {
        const response = await failure(api.get("/store/notifications?limit=lots", store(customer.token)))
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/limit/)
      })

      it("takes fields and order on the feed, and names unknown ones", async () => {
        const someone = await registerCustomer("+963944300031", "c31@example.com")
        await center().createFeedNotifications([feedEntry("customer", someone.id, "older")])
        await new Promise((resolve) => setTimeout(resolve, 20))
        await center().createFeedNotifications([feedEntry("customer", someone.id, "newer")])
        const { data } = await api.get("/store/notifications?fields=title&order=created_at", store(someone.token))
        expect(data.notifications.map((n: any) => Object.keys(n).sort())).toEqual([["id", "title"], ["id", "title"]])
        const { data: newest } = await api.get("/store/notifications?fields=-data,-body", store(someone.token))
        expect(data.notifications.map((n: any) => n.title)).toEqual(["older", "newer"])
        expect(newest.notifications.map((n: any) => n.title)).toEqual(["newer", "older"])
        expect(newest.notifications[0].body).toBeUndefined()
        for (const [url, named] of [
          ["/store/notifications?fields=recipient_id", "'recipient_id'"],
          ["/store/notifications?order=title", "got 'title'"],
        ]) {
          const response = await failure(api.get(url, store(someone.token)))
          expect([url, response.status]).toEqual([url, 400])
          expect(response.data.message).toContain(named)
        }
      })

      it("serves vendors and couriers the same way, each to its own actor", async () => {
        const vendorToken = await actorToken(api, getContainer(), "vendor", "+963944300020", "vmem_feed_1")
        const courierToken = await actorToken(api, getContainer(), "courier", "+963944300021", "cour_feed_2")
        const [forVendor] = await center().createFeedNotifications([feedEntry("vendor", "vmem_feed_1", "new order")])
        const [forCourier] = await center().createFeedNotifications([feedEntry("courier", "cour_feed_2", "offer")])

        const vendorList = await api.get("/vendor/notifications", bearer(vendorToken))
        expect(vendorList.data.notifications.map((n: any) => n.id)).toEqual([forVendor.id])
        const courierList = await api.get("/courier/notifications", bearer(courierToken))
        expect(courierList.data.notifications.map((n: any) => n.id)).toEqual([forCourier.id])

        expect((await failure(api.post(`/vendor/notifications/${forCourier.id}/read`, {}, bearer(vendorToken)))).status).toEqual(404)
        expect((await api.post(`/courier/notifications/${forCourier.id}/read`, {}, bearer(courierToken))).status).toEqual(200)
        // A registration token (no profile yet) is not a vendor.
        const registration = await signInByPhone(api, "vendor", "+963944300022")
        expect((await failure(api.get("/vendor/notifications", bearer(registration)))).status).toEqual(401)
      })
    })

    describe("preferences", () => {
      it("starts with everything on but marketing, and stores changes per channel and category", async () => {
        const initial = await api.get("/store/notification-preferences", store(customer.token))
        expect(initial.data.notification_preferences.sms).toEqual({ orders: true, delivery: true, marketing: false, account: true })
        expect(Object.keys(initial.data.notification_preferences).sort()).toEqual(["email", "feed", "push", "sms"])

        const updated = await api.post(
          "/store/notification-preferences",
          { preferences: [{ channel: "sms", category: "orders", enabled: false }, { channel: "email", category: "marketing", enabled: true }] },
          store(customer.token)
        )
        expect(updated.data.notification_preferences.sms.orders).toEqual(false)
        expect(updated.data.notification_preferences.email.marketing).toEqual(true)
        // Only this customer changed.
        const other = await api.get("/store/notification-preferences", store(otherCustomer.token))
        expect(other.data.notification_preferences.sms.orders).toEqual(true)

        await api.post("/store/notification-preferences", { preferences: [{ channel: "sms", category: "orders", enabled: true }] }, store(customer.token))
        expect((await api.get("/store/notification-preferences", store(customer.token))).data.notification_preferences.sms.orders).toEqual(true)
      })

      it.each([
        [{ preferences: [{ channel: "pigeon", category: "orders", enabled: true }] }, /channel/],
        [{ preferences: [{ channel: "sms", category: "gossip", enabled: true }] }, /category/],
        [{ preferences: [{ channel: "sms", category: "orders", enabled: "yes" }] }, /enabled/],
        [{ preferences: [], extra: 1 }, /extra|preferences/],
      ])("answers 400 naming the field for %j", async (body, field) => {
        const response = await failure(api.post("/store/notification-preferences", body, store(customer.token)))
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(field)
      })

      it("suppresses the channels a recipient turned off, and the feed keeps working", async () => {
        await api.post(
          "/store/notification-preferences",
          { preferences: [{ channel: "sms", category: "orders", enabled: false }] },
          store(otherCustomer.token)
        )
        const smsBefore = smsOutbox().filter((sms) => sms.to === "+963944300002").length
        const { result } = await notifyRecipientsWorkflow(getContainer()).run({
          input: {
            event: "order-placed",
            category: "orders",
            data: { id: "order_test", display_id: 42 },
            resource: { type: "order", id: "order_test" },
            recipients: { customer_ids: [otherCustomer.id, customer.id] },
          },
        })
        expect(smsOutbox().filter((sms) => sms.to === "+963944300002").length).toEqual(smsBefore)
        const lastToFirst = smsOutbox().filter((sms) => sms.to === "+963944300001").pop()
        expect(lastToFirst?.text).toContain("#42")

        const deliveries = await center().listNotificationDeliveries({ id: result.deliveries })
        const channelsOf = (id: string) => deliveries.filter((d: any) => d.recipient_id === id).map((d: any) => d.channel).sort()
        expect(channelsOf(otherCustomer.id)).toEqual(["email"])
        expect(channelsOf(customer.id)).toEqual(["email", "sms"])
        expect(deliveries.every((d: any) => d.status === "sent" && d.attempts === 1)).toBe(true)

        const feed = await api.get("/store/notifications?unread=true", store(otherCustomer.token))
        expect(feed.data.notifications[0]).toEqual(expect.objectContaining({ event: "order-placed", resource_id: "order_test" }))
      })

      it("writes Arabic to a customer whose locale is Arabic", async () => {
        await api.post("/store/customers/me", { metadata: { locale: "ar" } }, store(customer.token))
        await notifyRecipientsWorkflow(getContainer()).run({
          input: { event: "order-placed", category: "orders", data: { id: "order_ar", display_id: 7 }, recipients: { customer_ids: [customer.id] } },
        })
        const feed = await api.get("/store/notifications?limit=1", store(customer.token))
        expect(feed.data.notifications[0].title).toEqual("تم استلام طلبك")
      })
    })

    describe("devices", () => {
      it("registers and unregisters a push token for the actor only", async () => {
        const registered = await api.post("/store/devices", { token: "fcm-token-1", platform: "android" }, store(customer.token))
        expect(registered.data.device).toEqual(expect.objectContaining({ token: "fcm-token-1", platform: "android" }))

        const notMine = await failure(api.delete("/store/devices", { ...store(otherCustomer.token), data: { token: "fcm-token-1" } }))
        expect(notMine.status).toEqual(404)

        const removed = await api.delete("/store/devices", { ...store(customer.token), data: { token: "fcm-token-1" } })
        expect(removed.data).toEqual({ id: registered.data.device.id, object: "push_device", deleted: true })
        expect(await center().listPushDevices({ token: "fcm-token-1" })).toHaveLength(0)
      })

      it("moves a token to whoever registers it last", async () => {
        await api.post("/store/devices", { token: "shared-phone", platform: "ios" }, store(customer.token))
        await api.post("/store/devices", { token: "shared-phone", platform: "ios" }, store(otherCustomer.token))
        const devices = await center().listPushDevices({ token: "shared-phone" })
        expect(devices).toEqual([expect.objectContaining({ recipient_id: otherCustomer.id })])
      })

      it.each([
        [{ token: "t", platform: "blackberry" }, /platform/],
        [{ platform: "ios" }, /token/],
        [{ token: "t", platform: "ios", owner: "x" }, /owner/],
      ])("answers 400 naming the field for %j", async (body, field) => {
        const response = await failure(api.post("/store/devices", body, store(customer.token)))
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(field)
      })

      it("serves /vendor/devices and /courier/devices to their actors only", async () => {
        const vendorToken = await actorToken(api, getContainer(), "vendor", "+963944300030", "vmem_dev_1")
        const courierToken = await actorToken(api, getContainer(), "courier", "+963944300031", "cour_dev_1")
        expect((await api.post("/vendor/devices", { token: "vendor-token", platform: "web" }, bearer(vendorToken))).status).toEqual(200)
        expect((await api.post("/courier/devices", { token: "courier-token", platform: "android" }, bearer(courierToken))).status).toEqual(200)
        expect((await failure(api.post("/courier/devices", { token: "x", platform: "ios" }, bearer(vendorToken)))).status).toEqual(401)
        expect((await failure(api.delete("/vendor/devices", { ...bearer(vendorToken), data: { token: "courier-token" } }))).status).toEqual(404)
        expect((await api.get("/courier/notification-preferences", bearer(courierToken))).data.notification_preferences.push.marketing).toBe(false)
      })
    })
  },
})

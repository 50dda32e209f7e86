import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import retryNotificationDeliveries from "../../src/jobs/retry-notification-deliveries"
import { NOTIFICATION_CENTER_MODULE } from "../../src/modules/notification-center"
import { failLocalSms, smsOutbox } from "../../src/modules/sms-local/outbox"
import { demoAdminCredentials, demoVendorCredentials, seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from "../../src/workflows/notification/delivery-attempt"
import { notifyRecipientsWorkflow } from "../../src/workflows/notification/workflows/notify-recipients"
import { adminToken, bearer, readableHttpErrors, registerVendor, vendorAction, vendorBody } from "../helpers/actors"
import { createProduct, readyCart } from "../helpers/catalog"
import { resetPhoneOtpLimits, signInByPhone } from "../helpers/phone-otp"
import { eventually } from "../helpers/eventually"

jest.setTimeout(240 * 1000)


const smsTo = (phone: string) => smsOutbox().filter((sms) => sms.to === phone)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string
    const center = () => getContainer().resolve(NOTIFICATION_CENTER_MODULE) as any
    const storefront = (token?: string) => ({
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })

    /** A customer who signed up by phone, so that order SMS have somewhere to go. */
    async function phoneCustomer(phone: string) {
      const registration = await signInByPhone(api, "customer", phone)
      const { data } = await api.post(
        "/store/customers",
        { email: `${phone.slice(1)}@example.com`, first_name: "Lina", phone },
        storefront(registration)
      )
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration))
      return { id: data.customer.id as string, phone, token: refreshed.token as string }
    }

    /** The actor id a token carries: for a vendor token, the member. */
    const actorOf = (token: string) =>
      JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).actor_id as string

    async function demoVendorToken(index: number) {
      const { email, password } = demoVendorCredentials()[index]
      const { data } = await api.post("/auth/vendor/emailpass", { email, password })
      return data.token as string
    }

    /** A demo product of the `index`-th demo vendor that a customer can buy. */
    async function demoVariantOf(index: number) {
      const { handle } = demoVendorCredentials()[index]
      const { data } = await api.get("/store/products?limit=100&fields=+vendor.handle", storefront())
      const product = data.products.find((p: any) => p.vendor?.handle === handle)
      return product.variants[0].id as string
    }

    /** Completes a cart of the customer's; answers the order. */
    async function placeOrder(customerToken: string, variantId: string, quantity = 1) {
      const cartId = await readyCart(api, publishableKey, variantId, quantity)
      // The cart becomes the signed-in customer's, as when a shopper signs in before paying.
      await api.post(`/store/carts/${cartId}/customer`, {}, storefront(customerToken))
      const { data, status } = await api.post(`/store/carts/${cartId}/complete`, {}, storefront())
      expect(status).toEqual(200)
      expect(data.type).toEqual("order")
      return data.order as { id: string; display_id: number; customer_id: string }
    }

    const customerFeed = async (token: string) =>
      (await api.get("/store/notifications?limit=100", storefront(token))).data.notifications as any[]
    const vendorFeed = async (token: string) =>
      (await api.get("/vendor/notifications?limit=100", bearer(token))).data.notifications as any[]

    const waitForFeed = (who: string, read: () => Promise<any[]>, event: string, resourceId: string) =>
      eventually(`${event} on ${resourceId} in ${who}'s feed`, read, (feed) =>
        feed.some((n) => n.event === event && n.resource_id === resourceId)
      ).then((feed) => feed.find((n) => n.event === event && n.resource_id === resourceId))

    async function deliveriesOf(recipientId: string, event: string) {
      return (await center().listNotificationDeliveries({ recipient_id: recipientId, event })) as any[]
    }

    /**
     * Waits until the recipient has `count` deliveries of the event for the resource, each tried at least
     * once, so that no subscriber is still at work when the next test restores the database.
     */
    function triedDeliveries(recipientId: string, event: string, resourceId: string, count: number) {
      return eventually(
        `${count} tried ${event} deliveries to ${recipientId}`,
        async () => (await deliveriesOf(recipientId, event)).filter((d) => (d.data?.id ?? d.data?.variant_id) === resourceId),
        (list) => list.length === count && list.every((d) => d.status !== "pending")
      )
    }

    /** As if the backoff had passed: the deliveries' next attempt is due now. */
    async function makeDue(ids: string[]) {
      await center().updateNotificationDeliveries(ids.map((id) => ({ id, next_attempt_at: new Date(Date.now() - 1000) })))
    }

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
      await resetPhoneOtpLimits(getContainer())
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })
    afterEach(() => failLocalSms(null))

    describe("order placed", () => {
      it("tells the customer on the feed, by SMS and email, and each vendor of the order, not the others", async () => {
        const customer = await phoneCustomer("+963944500001")
        const order = await placeOrder(customer.token, await demoVariantOf(0), 2)

        const entry = await waitForFeed("the customer", () => customerFeed(customer.token), "order-placed", order.id)
        expect(entry).toEqual(expect.objectContaining({ category: "orders", title: "Order received", read_at: null }))
        expect(entry.body).toContain(`#${order.display_id}`)

        const deliveries = await triedDeliveries(customer.id, "order-placed", order.id, 2)
        expect(deliveries.map((d) => [d.channel, d.to, d.status]).sort()).toEqual([
          ["email", "963944500001@example.com", "sent"],
          ["sms", customer.phone, "sent"],
        ])
        expect(smsTo(customer.phone).some((sms) => sms.template === "order-placed" && sms.text.includes(`#${order.display_id}`))).toBe(true)

        const seller = await demoVendorToken(0)
        const newOrder = await waitForFeed("the selling vendor", () => vendorFeed(seller), "vendor-new-order", order.id)
        expect(newOrder.title).toEqual("New order")
        expect(newOrder.body).toContain(`#${order.display_id} with 2 item(s)`)
        // Demo owners have the store's phone: email and SMS.
        await triedDeliveries(actorOf(seller), "vendor-new-order", order.id, 2)
        // Another vendor had nothing in this order.
        const bystander = await vendorFeed(await demoVendorToken(1))
        expect(bystander.filter((n) => n.resource_id === order.id)).toEqual([])
      })
    })

    describe("preferences", () => {
      it("sends no SMS for an order to a customer who turned SMS off for orders, and still writes the feed", async () => {
        const customer = await phoneCustomer("+963944500002")
        await api.post(
          "/store/notification-preferences",
          { preferences: [{ channel: "sms", category: "orders", enabled: false }] },
          storefront(customer.token)
        )
        const order = await placeOrder(customer.token, await demoVariantOf(1))

        await waitForFeed("the customer", () => customerFeed(customer.token), "order-placed", order.id)
        const deliveries = await triedDeliveries(customer.id, "order-placed", order.id, 1)
        expect(deliveries.map((d) => [d.channel, d.status])).toEqual([["email", "sent"]])
        expect(smsTo(customer.phone).filter((sms) => sms.template === "order-placed")).toEqual([])
      })

      it("keeps marketing off until the customer turns it on", async () => {
        const customer = await phoneCustomer("+963944500003")
        const { data } = await api.get("/store/notification-preferences", storefront(customer.token))
        for (const channel of ["sms", "email", "push", "feed"]) {
          expect(data.notification_preferences[channel]).toEqual({ orders: true, delivery: true, marketing: false, account: true })
        }

        const marketing = () =>
          notifyRecipientsWorkflow(getContainer()).run({
            input: {
              event: "order-placed",
              category: "marketing",
              data: { id: "promo_1", display_id: 1 },
              resource: { type: "promotion", id: "promo_1" },
              recipients: { customer_ids: [customer.id] },
            },
          })
        const off = await marketing()
        expect(off.result.feed).toEqual([])
        expect(off.result.deliveries).toEqual([])
        expect(smsTo(customer.phone).filter((sms) => sms.template === "order-placed")).toEqual([])

        await api.post(
          "/store/notification-preferences",
          { preferences: [{ channel: "sms", category: "marketing", enabled: true }] },
          storefront(customer.token)
        )
        const on = await marketing()
        expect(on.result.feed).toEqual([])
        const sent = await center().listNotificationDeliveries({ id: on.result.deliveries })
        expect(sent.map((d: any) => [d.channel, d.status])).toEqual([["sms", "sent"]])
      })
    })

    describe("vendor account", () => {
      it("tells the vendor of a rejection with its reason", async () => {
        const { vendor, token } = await registerVendor(api)
        expect((await vendorAction(api, admin, vendor.id, "reject", "The commercial registration is unreadable")).status).toEqual(200)
        const entry = await waitForFeed("the vendor", () => vendorFeed(token), "vendor-rejected", vendor.id)
        expect(entry.category).toEqual("account")
        expect(entry.body).toContain("The commercial registration is unreadable")
        await triedDeliveries(actorOf(token), "vendor-rejected", vendor.id, 2)
      })

      it("tells the vendor of a suspension with its reason", async () => {
        const { vendor, token } = await registerVendor(api)
        await vendorAction(api, admin, vendor.id, "approve")
        expect((await vendorAction(api, admin, vendor.id, "suspend", "Hygiene inspection failed")).status).toEqual(200)
        const entry = await waitForFeed("the vendor", () => vendorFeed(token), "vendor-suspended", vendor.id)
        expect(entry.body).toContain("Hygiene inspection failed")
        await triedDeliveries(actorOf(token), "vendor-approved", vendor.id, 2)
        await triedDeliveries(actorOf(token), "vendor-suspended", vendor.id, 2)
      })

      it("tells the vendor that a variant runs low", async () => {
        const token = await demoVendorToken(2)
        const product = await createProduct(api, token, { title: "Ma'amoul" })
        const variant = product.variants[0]
        await api.post(
          `/vendor/products/${product.id}/variants/${variant.id}/stock`,
          { stocked_quantity: 1, low_stock_threshold: 5 },
          bearer(token)
        )
        const entry = await waitForFeed("the vendor", () => vendorFeed(token), "vendor-stock-low", variant.id)
        expect(entry.title).toEqual("Low stock")
        expect(entry.body).toContain("Ma'amoul")
        expect(entry.body).toContain("1 left (alert at 5)")
        await triedDeliveries(actorOf(token), "vendor-stock-low", variant.id, 2)
      })

      it("tells every admin, in the dashboard feed and by email, that a new vendor awaits review", async () => {
        const { data: me } = await api.get("/admin/users/me", bearer(admin))
        const { vendor } = await registerVendor(api, { name: "Bosra Olive Oil" })

        const feed = await eventually(
          "the admin feed entry",
          async () =>
            (await api.get(`/admin/notifications?channel=feed&to=${me.user.id}&limit=100`, bearer(admin))).data.notifications as any[],
          (list) => list.some((n) => n.resource_id === vendor.id)
        )
        expect(feed.find((n) => n.resource_id === vendor.id)).toEqual(
          expect.objectContaining({
            template: "admin-ui",
            trigger_type: "vendor-awaiting-review",
            resource_type: "vendor",
            data: expect.objectContaining({ title: expect.any(String), description: expect.stringContaining("Bosra Olive Oil") }),
          })
        )
        // Medusa's drawer shows no link: the vendor's page is the description's last line, and data.url.
        const notice = feed.find((n) => n.resource_id === vendor.id)
        expect(notice.data.url).toEqual(`/app/vendors/${vendor.id}`)
        expect(notice.data.description.split("\n").pop()).toEqual(`/app/vendors/${vendor.id}`)

        // The demo stores, approved as the seed made them, were never announced as waiting.
        const demoIds = (await api.get("/admin/vendors?limit=100&fields=id,handle", bearer(admin))).data.vendors
          .filter((candidate: any) => demoVendorCredentials().some((demo) => demo.handle === candidate.handle))
          .map((candidate: any) => candidate.id)
        expect(demoIds).toHaveLength(3)
        const waitingNotices = feed.filter((n) => n.trigger_type === "vendor-awaiting-review").map((n) => n.resource_id)
        expect(waitingNotices.filter((id) => demoIds.includes(id))).toEqual([])

        const [email] = await triedDeliveries(me.user.id, "vendor-awaiting-review", vendor.id, 1)
        expect(email).toEqual(expect.objectContaining({ channel: "email", to: demoAdminCredentials().email, attempts: 1 }))
        const { data: emails } = await api.get(`/admin/notifications?channel=email&to=${demoAdminCredentials().email}&limit=100`, bearer(admin))
        expect(emails.notifications.map((n: any) => n.id)).toContain(email.notification_id)
      })
    })

    describe("a failing provider", () => {
      /** A pending vendor whose owner has a phone of its own. */
      async function vendorWithPhone(phone: string) {
        const email = `owner-${phone.slice(1)}@example.com`
        const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password: "vendor-password" })
        const { data } = await api.post("/vendor/vendors", { ...vendorBody({ email }), phone }, bearer(registration.token))
        const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
        // The vendor actor is the owner member, whose id the token carries.
        return { vendor: data.vendor, token: refreshed.token as string, memberId: actorOf(refreshed.token) }
      }

      const smsDelivery = async (memberId: string, event: string) =>
        (await deliveriesOf(memberId, event)).find((d) => d.channel === "sms")

      it("does not fail the operation, records the failure and retries with backoff until the provider works", async () => {
        const phone = "+963944500010"
        const { vendor, token, memberId } = await vendorWithPhone(phone)
        expect(memberId).toBeTruthy()
        failLocalSms({ to: phone, message: "SMS gateway unavailable" })

        expect((await vendorAction(api, admin, vendor.id, "approve")).status).toEqual(200)

        // The other channels are unaffected.
        await waitForFeed("the vendor", () => vendorFeed(token), "vendor-approved", vendor.id)
        const failed = await eventually(
          "the failed SMS",
          () => smsDelivery(memberId, "vendor-approved"),
          (d) => d?.status === "retrying"
        )
        expect(failed).toEqual(
          expect.objectContaining({ to: phone, attempts: 1, last_error: expect.stringContaining("SMS gateway unavailable") })
        )
        expect(new Date(failed.next_attempt_at).getTime()).toBeGreaterThan(Date.now())
        const [email] = (await triedDeliveries(memberId, "vendor-approved", vendor.id, 2)).filter((d) => d.channel === "email")
        expect(email).toEqual(expect.objectContaining({ status: "sent", attempts: 1 }))
        expect(smsTo(phone)).toEqual([])

        // Before its backoff has passed, the job leaves it alone.
        await retryNotificationDeliveries(getContainer())
        expect((await smsDelivery(memberId, "vendor-approved")).attempts).toEqual(1)

        // Due and still failing: one more attempt, and a longer wait before the next.
        await makeDue([failed.id])
        const before = Date.now()
        await retryNotificationDeliveries(getContainer())
        const after = Date.now()
        const second = await smsDelivery(memberId, "vendor-approved")
        expect(second).toEqual(expect.objectContaining({ status: "retrying", attempts: 2 }))
        const nextAt = new Date(second.next_attempt_at).getTime()
        expect(retryDelaySeconds(2)).toBeGreaterThan(retryDelaySeconds(1))
        expect(nextAt).toBeGreaterThanOrEqual(before + retryDelaySeconds(2) * 1000)
        expect(nextAt).toBeLessThanOrEqual(after + retryDelaySeconds(2) * 1000)

        // The provider is back: the next run sends it.
        failLocalSms(null)
        await makeDue([failed.id])
        await retryNotificationDeliveries(getContainer())
        const sent = await smsDelivery(memberId, "vendor-approved")
        expect(sent).toEqual(expect.objectContaining({ status: "sent", attempts: 3, last_error: null, next_attempt_at: null }))
        expect(sent.notification_id).toBeTruthy()
        expect(smsTo(phone).map((sms) => sms.template)).toEqual(["vendor-approved"])

        // A later run sends nothing twice.
        await makeDue([failed.id])
        await retryNotificationDeliveries(getContainer())
        expect(smsTo(phone)).toHaveLength(1)
        expect((await smsDelivery(memberId, "vendor-approved")).attempts).toEqual(3)
      })

      it("sends a due delivery once when several job runs overlap", async () => {
        const phone = "+963944500030"
        const { vendor, memberId } = await vendorWithPhone(phone)
        failLocalSms({ to: phone, message: "SMS gateway unavailable" })
        await vendorAction(api, admin, vendor.id, "approve")
        const failed = await eventually(
          "the failed SMS",
          () => smsDelivery(memberId, "vendor-approved"),
          (d) => d?.status === "retrying"
        )

        failLocalSms(null)
        await makeDue([failed.id])
        await Promise.all([1, 2, 3].map(() => retryNotificationDeliveries(getContainer())))
        expect(smsTo(phone)).toHaveLength(1)
        expect(await smsDelivery(memberId, "vendor-approved")).toEqual(expect.objectContaining({ status: "sent", attempts: 2 }))
      })

      it("gives up after the last attempt", async () => {
        const phone = "+963944500011"
        const { vendor, memberId } = await vendorWithPhone(phone)
        failLocalSms({ to: phone, message: "Number unreachable" })
        expect((await vendorAction(api, admin, vendor.id, "reject", "Missing documents")).status).toEqual(200)

        await triedDeliveries(memberId, "vendor-rejected", vendor.id, 2)
        const first = await smsDelivery(memberId, "vendor-rejected")
        expect(first).toEqual(expect.objectContaining({ status: "retrying", attempts: 1 }))
        for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
          await makeDue([first.id])
          await retryNotificationDeliveries(getContainer())
          expect((await smsDelivery(memberId, "vendor-rejected")).attempts).toEqual(attempt)
        }
        const last = await smsDelivery(memberId, "vendor-rejected")
        expect(last).toEqual(
          expect.objectContaining({
            status: "failed",
            attempts: MAX_DELIVERY_ATTEMPTS,
            next_attempt_at: null,
            last_error: expect.stringContaining("Number unreachable"),
          })
        )

        // Even once the provider works and the record looks due, a failed delivery stays failed.
        failLocalSms(null)
        await makeDue([first.id])
        await retryNotificationDeliveries(getContainer())
        expect(await smsDelivery(memberId, "vendor-rejected")).toEqual(
          expect.objectContaining({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS })
        )
        expect(smsTo(phone)).toEqual([])
      })
    })
  },
})

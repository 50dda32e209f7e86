import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"
import { startFakeStripe, type FakeStripe } from "../fixtures/fake-stripe"

jest.setTimeout(300 * 1000)

const STRIPE = "pp_stripe_stripe"
const API_KEY = "sk_test_daraa_stripe_spec"
const WEBHOOK_SECRET = "whsec_daraa_stripe_spec"
// Medusa handles a webhook 5 seconds after it answers it.
const WEBHOOK_DELAY_MS = 5000

// Read by medusa-config.ts when the app boots in this process.
Object.assign(process.env, { STRIPE_API_KEY: API_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET })

let fake: FakeStripe
// Before the app boots: its Stripe client is pointed at the fake's port.
beforeAll(async () => {
  fake = await startFakeStripe({ apiKey: API_KEY })
  process.env.STRIPE_API_BASE_URL = fake.url
})
afterAll(() => fake.close())

/**
 * Cards through Medusa's Stripe provider, against a local fake of Stripe's API
 * (docs/payments.md, "Stripe cards"): one payment intent per checkout,
 * captured once; each vendor order refunded on its own; a checkout completed
 * from Stripe's signed webhook.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string
    let admin: string
    let seq = 0
    const nextId = () => `${Date.now().toString(36)}${(seq++).toString(36)}`
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })
    const eq = (a: any, b: any) => MathBN.eq(MathBN.convert(a, 10), MathBN.convert(b, 10))
    const inCents = (amount: any) => Number(MathBN.mult(amount, 100))

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey, regionId } = await seedDemoMarketplace(getContainer()))
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    async function sellers(count: number) {
      const made: Awaited<ReturnType<typeof sellingVendor>>[] = []
      for (let index = 0; index < count; index++) {
        const name = `Card seller ${nextId()}`
        made.push(await sellingVendor(api, admin, { name, product: { title: `${name} Kaak` } }))
      }
      return made
    }

    /** A 2-vendor cart with a Stripe payment session, as a storefront leaves it before the customer pays. */
    async function stripeCart(customer?: string) {
      const vendors = await sellers(2)
      const lines = vendors.map((vendor, index) => ({ variant_id: vendor.product.variants[0].id, quantity: index + 1 }))
      const { cartId, cart } = await marketplaceCart(api, publishableKey, lines, customer, { provider_id: STRIPE })
      const { data } = await query().graph({
        entity: "cart",
        fields: ["payment_collection.payment_sessions.id", "payment_collection.payment_sessions.data"],
        filters: { id: cartId },
      })
      const [session] = (data[0] as any).payment_collection.payment_sessions
      return { cartId, total: cart.total, vendors, sessionId: session.id as string, intentId: session.data.id as string }
    }

    const ORDER_FIELDS = "id,total,payment_status,*payment_collections,*payment_collections.payments"
    const adminOrder = async (id: string) => (await api.get(`/admin/orders/${id}?fields=${ORDER_FIELDS}`, bearer(admin))).data.order
    const groupsOf = async (cartId: string) =>
      (await query().graph({ entity: "order_group", fields: ["id", "orders.id"], filters: { cart_id: cartId } })).data as any[]
    const capturesOf = (intentId: string) => fake.callsFor(intentId).filter((call) => call.path.endsWith("/capture"))

    async function sendWebhook(body: string, signature: string) {
      return attempt(
        api.post("/hooks/payment/stripe_stripe", body, { headers: { "content-type": "application/json", "stripe-signature": signature } })
      )
    }

    it("offers Stripe cards in the demo region, next to the system provider, the wallet and cash on delivery", async () => {
      const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, store())
      expect(data.payment_providers.map((provider: any) => provider.id).sort()).toEqual(["pp_cod_cod", "pp_stripe_stripe", "pp_system_default", "pp_wallet_wallet"])
    })

    it("pays a 2-vendor checkout with one payment intent, captured once, and gives each vendor order its captured share", async () => {
      const customer = await customerToken(api, publishableKey, `card-${nextId()}@example.com`)
      const { cartId, total, sessionId, intentId } = await stripeCart(customer)
      const intent = fake.intents.get(intentId)!
      expect(intent).toMatchObject({ amount: inCents(total), currency: "syp", capture_method: "manual", metadata: { session_id: sessionId } })

      // What Stripe.js does in the storefront when the customer's card is accepted.
      fake.confirmByCustomer(intentId)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: { ...store().headers, authorization: `Bearer ${customer}` } })

      expect(data.order_group.orders).toHaveLength(2)
      for (const placed of data.order_group.orders) {
        const order = await adminOrder(placed.id)
        expect(order.payment_status).toEqual("captured")
        const [payment] = order.payment_collections[0].payments
        expect(payment.provider_id).toEqual(STRIPE)
        expect(eq(payment.amount, order.total)).toBe(true)
      }
      expect(capturesOf(intentId)).toHaveLength(1)
      expect(fake.intents.get(intentId)).toMatchObject({ status: "succeeded", amount_received: inCents(total) })
      expect([...fake.intents.values()].filter((one) => one.metadata.session_id === sessionId)).toHaveLength(1)
      expect(fake.callsFor(intentId).filter((call) => call.path.endsWith("/cancel"))).toHaveLength(0)
    })

    it("refunds part of one vendor order, or all of a rejected one, at Stripe as one refund of exactly that amount on the checkout's intent", async () => {
      const { cartId, intentId, vendors } = await stripeCart()
      fake.confirmByCustomer(intentId)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      const [refunded, rejected] = vendors.map((vendor) => data.order_group.orders.find((order: any) => order.vendor.id === vendor.vendor.id))
      const refundsBefore = fake.refunds.length

      await api.post(`/admin/vendor-orders/${refunded.id}/refund`, { amount: 12.5, note: "One box arrived broken" }, bearer(admin))

      expect(fake.refunds.slice(refundsBefore)).toEqual([expect.objectContaining({ payment_intent: intentId, amount: 1250, currency: "syp" })])
      expect((await adminOrder(refunded.id)).payment_status).toEqual("partially_refunded")
      expect((await adminOrder(rejected.id)).payment_status).toEqual("captured")
      // More than the order holds never reaches Stripe.
      const tooMuch = await attempt(api.post(`/admin/vendor-orders/${refunded.id}/refund`, { amount: Number(refunded.total) }, bearer(admin)))
      expect(tooMuch.status).toEqual(400)
      expect(fake.refunds.length).toEqual(refundsBefore + 1)

      // The other vendor rejects its order: its whole share goes back, the first order keeps what it holds.
      await api.post(`/vendor/orders/${rejected.id}/reject`, { reason: "Closed today" }, bearer(vendors[1].token))
      expect(fake.refunds.slice(refundsBefore + 1)).toEqual([
        expect.objectContaining({ payment_intent: intentId, amount: inCents(rejected.total), currency: "syp" }),
      ])
      expect((await adminOrder(rejected.id)).payment_status).toEqual("refunded")
      expect((await adminOrder(refunded.id)).payment_status).toEqual("partially_refunded")
      expect(capturesOf(intentId)).toHaveLength(1)
      expect(fake.callsFor(intentId).filter((call) => call.path.endsWith("/cancel"))).toHaveLength(0)
    })

    describe("Stripe's webhook at /hooks/payment/stripe_stripe", () => {
      it("completes a paid cart the storefront never completed as one order group, and ignores a wrongly signed payload", async () => {
        const paid = await stripeCart()
        const forged = await stripeCart()
        fake.confirmByCustomer(paid.intentId)
        fake.confirmByCustomer(forged.intentId)

        // Medusa answers 200 at once and checks the signature when it handles the event.
        const wrong = fake.webhook("payment_intent.amount_capturable_updated", forged.intentId, "whsec_not_ours")
        expect((await sendWebhook(wrong.payload, wrong.signature)).status).toEqual(200)
        const right = fake.webhook("payment_intent.amount_capturable_updated", paid.intentId, WEBHOOK_SECRET)
        expect((await sendWebhook(right.payload, right.signature)).status).toEqual(200)

        const [group] = await eventually(
          "the webhook to complete the cart",
          () => groupsOf(paid.cartId),
          (groups) => groups[0]?.orders?.length === 2,
          30_000
        )
        const orders = await eventually(
          "each order of the webhook's group to hold its captured share",
          () => Promise.all(group.orders.map((order: any) => adminOrder(order.id))),
          (all) => all.every((order) => order.payment_status === "captured")
        )
        expect(orders.every((order) => order.payment_collections[0].payments[0].provider_id === STRIPE)).toBe(true)
        expect(capturesOf(paid.intentId)).toHaveLength(1)

        // The wrongly signed event was handled first (it arrived first) and changed nothing.
        expect(await groupsOf(forged.cartId)).toEqual([])
        const { data: carts } = await query().graph({ entity: "cart", fields: ["completed_at"], filters: { id: forged.cartId } })
        expect(carts[0].completed_at).toBeNull()
        expect(fake.callsFor(forged.intentId).filter((call) => call.method === "POST")).toHaveLength(0)
        expect(fake.intents.get(forged.intentId)!.status).toEqual("requires_capture")

        // Stripe then announces the capture Daraa made: nothing changes, and the storefront's own complete gets the same group.
        const succeeded = fake.webhook("payment_intent.succeeded", paid.intentId, WEBHOOK_SECRET)
        expect((await sendWebhook(succeeded.payload, succeeded.signature)).status).toEqual(200)
        await new Promise((resolve) => setTimeout(resolve, WEBHOOK_DELAY_MS + 4000))
        expect(await groupsOf(paid.cartId)).toHaveLength(1)
        expect(capturesOf(paid.intentId)).toHaveLength(1)
        const { data: rail } = await query().graph({
          entity: "order_group",
          fields: ["payment_collection.payments.captures.id", "payment_collection.payments.amount"],
          filters: { id: group.id },
        })
        const [checkoutPayment] = (rail[0] as any).payment_collection.payments
        expect(checkoutPayment.captures).toHaveLength(1)
        for (const order of await Promise.all(group.orders.map((order: any) => adminOrder(order.id)))) {
          expect(order.payment_status).toEqual("captured")
        }
        const { data } = await api.post(`/store/carts/${paid.cartId}/complete`, {}, store())
        expect(data.order_group.id).toEqual(group.id)
      })
    })
  },
})

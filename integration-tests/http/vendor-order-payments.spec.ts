import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_MODULE } from "../../src/modules/order-group"
import type OrderGroupModuleService from "../../src/modules/order-group/service"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors, settled } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"
import { railCalls } from "../fixtures/test-rail/service"

jest.setTimeout(300 * 1000)

const CARD = "pp_test-rail_card"
const CASH = "pp_test-rail_cash"

// Read by medusa-config.ts when the app boots in this process: the test rails and their kinds.
Object.assign(process.env, {
  DARAA_TEST_PAYMENT_RAILS: "true",
  PAYMENT_ON_DELIVERY_PROVIDERS: `pp_cod_cod,${CASH}`,
})

/**
 * Each vendor order carries its own share of the checkout's one payment, as
 * Medusa's own order views, refunds and cancel understand it (docs/payments.md).
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string
    let seq = 0
    const nextId = () => `${Date.now().toString(36)}${(seq++).toString(36)}`
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const orderGroups = () => getContainer().resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const store = (token?: string) => ({
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
      admin = await adminToken(api)
      const { data } = await api.get("/admin/regions?fields=id", bearer(admin))
      for (const region of data.regions) {
        await api.post(`/admin/regions/${region.id}`, { payment_providers: ["pp_system_default", CARD, CASH] }, bearer(admin))
      }
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    type Seller = Awaited<ReturnType<typeof sellingVendor>>
    async function sellers(count: number): Promise<Seller[]> {
      const made: Seller[] = []
      for (let index = 0; index < count; index++) {
        const name = `Payer ${nextId()}`
        made.push(await sellingVendor(api, admin, { name, product: { title: `${name} Kaak` } }))
      }
      return made
    }

    async function checkout(vendors: Seller[], options: { provider_id?: string; customer?: string } = {}) {
      const customer = options.customer ?? (await customerToken(api, publishableKey, `payer-${nextId()}@example.com`))
      const lines = vendors.map((vendor, index) => ({ variant_id: vendor.product.variants[0].id, quantity: index + 1 }))
      const { cartId, headers } = await marketplaceCart(api, publishableKey, lines, customer, { provider_id: options.provider_id })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const orders = vendors.map((vendor) => data.order_group.orders.find((order: any) => order.vendor.id === vendor.vendor.id))
      return { cartId, customer, group: data.order_group as { id: string; orders: any[] }, orders }
    }

    const ORDER_FIELDS = "id,total,payment_status,summary,*payment_collections,*payment_collections.payments"
    const adminOrder = async (id: string) => (await api.get(`/admin/orders/${id}?fields=${ORDER_FIELDS}`, bearer(admin))).data.order
    const storeOrder = async (id: string, customer: string) =>
      (await api.get(`/store/orders/${id}?fields=${ORDER_FIELDS}`, store(customer))).data.order
    const sumOf = (rows: any[] | undefined) => MathBN.sum(0, ...(rows ?? []).map((row) => row.raw_amount ?? row.amount))
    const eq = (a: any, b: any) => MathBN.eq(MathBN.convert(a, 10), MathBN.convert(b, 10))

    /** The checkout's own payment on the rail (the cart's collection, linked to the group). */
    async function railPayment(groupId: string) {
      const { data } = await query().graph({
        entity: "order_group",
        fields: [
          "payment_collection.payments.id",
          "payment_collection.payments.provider_id",
          "payment_collection.payments.canceled_at",
          "payment_collection.payments.captures.*",
          "payment_collection.payments.refunds.*",
        ],
        filters: { id: groupId },
      })
      return (data[0] as any).payment_collection.payments[0]
    }

    const callsFor = (paymentDataId: string) => railCalls().filter((call) => call.payment === paymentDataId)
    async function railDataId(groupId: string) {
      const { data } = await query().graph({ entity: "order_group", fields: ["payment_collection.payments.data"], filters: { id: groupId } })
      return (data[0] as any).payment_collection.payments[0].data.id as string
    }

    /** The transactions of the order agree with its payment and with its summary. */
    async function expectOrderMoneyConsistent(orderId: string) {
      const order = await adminOrder(orderId)
      const { data } = await query().graph({
        entity: "payment",
        fields: ["id", "captures.raw_amount", "refunds.raw_amount"],
        filters: { id: order.payment_collections[0].payments[0].id },
      })
      const payment = data[0] as any
      expect(eq(order.payment_collections[0].captured_amount, sumOf(payment.captures))).toBe(true)
      expect(eq(order.payment_collections[0].refunded_amount, sumOf(payment.refunds))).toBe(true)
      const transactions = await getContainer().resolve(Modules.ORDER).listOrderTransactions({ order_id: orderId })
      const captured = sumOf(transactions.filter((trx: any) => trx.reference === "capture"))
      const refunded = MathBN.mult(sumOf(transactions.filter((trx: any) => trx.reference === "refund")), -1)
      expect(eq(captured, sumOf(payment.captures))).toBe(true)
      expect(eq(refunded, sumOf(payment.refunds))).toBe(true)
      expect(eq(order.summary.paid_total, captured)).toBe(true)
      expect(eq(order.summary.refunded_total, refunded)).toBe(true)
      return order
    }

    describe("at placement (the default policy)", () => {
      it("gives each vendor order its own captured payment of its share, in the store and admin APIs, from one authorisation", async () => {
        const vendors = await sellers(3)
        const { group, orders, customer, cartId } = await checkout(vendors)

        for (const placed of orders) {
          for (const order of [await adminOrder(placed.id), await storeOrder(placed.id, customer)]) {
            expect(order.payment_status).toEqual("captured")
            expect(order.payment_collections).toHaveLength(1)
            const [payment] = order.payment_collections[0].payments
            // Recorded under the rail's provider, as storefronts look the method up by it.
            expect(payment.provider_id).toEqual("pp_system_default")
            expect(eq(payment.amount, order.total)).toBe(true)
            expect(eq(order.payment_collections[0].captured_amount, order.total)).toBe(true)
            expect(eq(order.summary.paid_total, order.total)).toBe(true)
            expect(eq(order.summary.pending_difference, 0)).toBe(true)
          }
        }
        // One session and one authorisation on the rail for the whole checkout.
        const { data } = await query().graph({
          entity: "cart",
          fields: ["payment_collection.payment_sessions.id", "payment_collection.payments.id", "payment_collection.payments.captures.id"],
          filters: { id: cartId },
        })
        const collection = (data[0] as any).payment_collection
        expect(collection.payment_sessions).toHaveLength(1)
        expect(collection.payments).toHaveLength(1)
        expect(collection.payments[0].captures).toHaveLength(1)
        const rail = await railPayment(group.id)
        expect(eq(sumOf(rail.captures), MathBN.sum(0, ...orders.map((order) => order.total)))).toBe(true)
        // Medusa's own completion finds the orders through their cart.
        const { data: links } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(links.map((link: any) => link.order_id).sort()).toEqual(orders.map((order) => order.id).sort())
      })

      it("refunds exactly a rejected order's share on the rail, once; partial refunds by Daraa's route or Medusa's own move only that order", async () => {
        const before = railCalls().length
        const vendors = await sellers(3)
        const { group, orders } = await checkout(vendors, { provider_id: CARD })
        const [rejected, refundedInPart, untouched] = orders
        const railId = await railDataId(group.id)
        expect(callsFor(railId).filter((call) => call.call === "capture")).toHaveLength(1)

        await api.post(`/vendor/orders/${rejected.id}/reject`, { reason: "Closed today" }, bearer(vendors[0].token))
        const closed = await expectOrderMoneyConsistent(rejected.id)
        expect(closed.payment_status).toEqual("refunded")
        expect(eq(closed.summary.pending_difference, 0)).toBe(true)
        const refunds = callsFor(railId).filter((call) => call.call === "refund")
        expect(refunds).toHaveLength(1)
        expect(eq(refunds[0].amount, rejected.total)).toBe(true)

        // Daraa's partial refund, then Medusa's own refund action on the order's payment.
        await api.post(`/admin/vendor-orders/${refundedInPart.id}/refund`, { amount: 10, note: "Late" }, bearer(admin))
        const sharePayment = (await adminOrder(refundedInPart.id)).payment_collections[0].payments[0]
        await api.post(`/admin/payments/${sharePayment.id}/refund`, { amount: 5 }, bearer(admin))
        const partly = await expectOrderMoneyConsistent(refundedInPart.id)
        expect(partly.payment_status).toEqual("partially_refunded")
        expect(eq(partly.summary.refunded_total, 15)).toBe(true)
        expect(callsFor(railId).filter((call) => call.call === "refund").map((call) => Number(call.amount))).toEqual([
          Number(rejected.total),
          10,
          5,
        ])

        // Never more than the order holds, by either route; the other order is untouched.
        const tooMuch = await attempt(api.post(`/admin/payments/${sharePayment.id}/refund`, { amount: Number(refundedInPart.total) }, bearer(admin)))
        expect(tooMuch.status).toEqual(400)
        const viaDaraa = await attempt(api.post(`/admin/vendor-orders/${refundedInPart.id}/refund`, { amount: Number(refundedInPart.total) }, bearer(admin)))
        expect(viaDaraa.status).toEqual(400)
        expect(viaDaraa.data.message).toContain("still holds")
        const kept = await expectOrderMoneyConsistent(untouched.id)
        expect(kept.payment_status).toEqual("captured")
        expect(railCalls().length - before).toEqual(4)

        // Every refund is recorded with its order, once, and announced once.
        const recorded = await eventually(
          "the refunds to be recorded",
          () => orderGroups().listVendorOrderRefunds({ order_id: [rejected.id, refundedInPart.id] }),
          (rows) => rows.length === 3
        )
        expect(recorded.filter((row) => row.order_id === refundedInPart.id)).toHaveLength(2)
      })

      it("keeps summaries equal to the transactions when refunds and a rejection race, ten times over", async () => {
        // One vendor, ten orders: each round races on an order of its own.
        const vendors = await sellers(1)
        for (let round = 0; round < 10; round++) {
          const { orders } = await checkout(vendors)
          const [order] = orders
          const answers = await Promise.all(
            settled([
              api.post(`/admin/vendor-orders/${order.id}/refund`, { amount: 3 }, bearer(admin)),
              api.post(`/vendor/orders/${order.id}/reject`, { reason: "Race" }, bearer(vendors[0].token)),
              api.post(`/admin/vendor-orders/${order.id}/refund`, { amount: 4 }, bearer(admin)),
            ])
          )
          for (const answer of answers) {
            expect(answer.status).toBeLessThan(500)
          }
          const settledOrder = await expectOrderMoneyConsistent(order.id)
          expect(eq(settledOrder.summary.refunded_total, order.total)).toBe(true)
          expect(settledOrder.payment_status).toEqual("refunded")
        }
      })
    })

    describe("the webhook and Medusa's own completion", () => {
      async function pendingCart(vendors: Seller[]) {
        const lines = vendors.map((vendor) => ({ variant_id: vendor.product.variants[0].id, quantity: 1 }))
        const { cartId } = await marketplaceCart(api, publishableKey, lines, undefined, { provider_id: CARD })
        const { data } = await query().graph({ entity: "cart", fields: ["payment_collection.payment_sessions.id", "total"], filters: { id: cartId } })
        return { cartId, sessionId: (data[0] as any).payment_collection.payment_sessions[0].id as string }
      }
      const groupsOf = async (cartId: string) =>
        (await query().graph({ entity: "order_group", fields: ["id", "orders.id"], filters: { cart_id: cartId } })).data as any[]

      it("completes a 2-vendor cart paid by webhook as one group of 2 orders; a repeated webhook changes nothing", async () => {
        const vendors = await sellers(2)
        const { cartId, sessionId } = await pendingCart(vendors)
        await api.post("/hooks/payment/test-rail_card", { type: "captured", session_id: sessionId })
        const [group] = await eventually("the webhook to complete the cart", () => groupsOf(cartId), (groups) => groups[0]?.orders?.length === 2)
        // The group is written before the orders' payments; the webhook's run ends with them.
        await eventually(
          "each order of the webhook's group to hold its captured share",
          () => Promise.all(group.orders.map((order: any) => adminOrder(order.id))),
          (orders) => orders.every((order) => order.payment_status === "captured")
        )

        await api.post("/hooks/payment/test-rail_card", { type: "captured", session_id: sessionId })
        await api.post("/hooks/payment/test-rail_card", { type: "authorized", session_id: sessionId })
        // Medusa handles a webhook 5 seconds after it arrives.
        await new Promise((resolve) => setTimeout(resolve, 9000))
        const { data: orders } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(orders).toHaveLength(2)
        expect(await groupsOf(cartId)).toHaveLength(1)
        // The storefront completing afterwards gets the same group.
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
        expect(data.order_group.id).toEqual(group.id)
      })

      it("never lets Medusa's own completeCartWorkflow make one unsplit order", async () => {
        const vendors = await sellers(2)
        const { cartId } = await pendingCart(vendors)
        const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId }, throwOnError: false })
        const [group] = await groupsOf(cartId)
        expect(group.orders).toHaveLength(2)
        expect(errors[0].error.message).toContain(`order group ${group.id}`)
        // Run again: Medusa finds the orders of the cart and changes nothing.
        const again = await completeCartWorkflow(getContainer()).run({ input: { id: cartId } })
        expect(group.orders.map((order: any) => order.id)).toContain(again.result.id)
        expect(await groupsOf(cartId)).toHaveLength(1)
      })
    })

    describe("capture on acceptance and cash on delivery", () => {
      let saved: any
      beforeAll(() => {
        saved = (orderGroups() as any).captureRules
      })
      afterEach(() => {
        // The policy is read at boot (PAYMENT_CAPTURE); these tests switch it on the running module.
        ;(orderGroups() as any).captureRules = saved
      })
      const capturePolicy = (policy: "placement" | "acceptance") => {
        ;(orderGroups() as any).captureRules = { ...saved, policy }
      }

      it("captures a share when its vendor accepts, and releases it unrefunded when its vendor rejects", async () => {
        capturePolicy("acceptance")
        const vendors = await sellers(2)
        const { orders } = await checkout(vendors)
        const [accepted, rejected] = orders
        for (const order of orders) {
          expect((await adminOrder(order.id)).payment_status).toEqual("authorized")
        }
        await api.post(`/vendor/orders/${accepted.id}/accept`, {}, bearer(vendors[0].token))
        const captured = await expectOrderMoneyConsistent(accepted.id)
        expect(captured.payment_status).toEqual("captured")
        expect(eq(captured.summary.paid_total, accepted.total)).toBe(true)

        await api.post(`/vendor/orders/${rejected.id}/reject`, { reason: "No stock" }, bearer(vendors[1].token))
        const released = await expectOrderMoneyConsistent(rejected.id)
        expect(released.payment_status).toEqual("canceled")
        expect(eq(released.payment_collections[0].refunded_amount ?? 0, 0)).toBe(true)
        expect(released.payment_collections[0].payments[0].canceled_at).toBeTruthy()
      })

      it("captures a single-capture card once, when every vendor has decided, and gives back the rejected shares", async () => {
        capturePolicy("acceptance")
        const vendors = await sellers(3)
        const { group, orders } = await checkout(vendors, { provider_id: CARD })
        const [first, rejected, last] = orders
        const railId = await railDataId(group.id)

        await api.post(`/vendor/orders/${first.id}/accept`, {}, bearer(vendors[0].token))
        expect((await adminOrder(first.id)).payment_status).toEqual("authorized")
        await api.post(`/vendor/orders/${rejected.id}/reject`, { reason: "Closed" }, bearer(vendors[1].token))
        expect(callsFor(railId)).toHaveLength(0)
        await api.post(`/vendor/orders/${last.id}/accept`, {}, bearer(vendors[2].token))

        expect(callsFor(railId).filter((call) => call.call === "capture")).toHaveLength(1)
        const giveBack = callsFor(railId).filter((call) => call.call === "refund")
        expect(giveBack).toHaveLength(1)
        expect(eq(giveBack[0].amount, rejected.total)).toBe(true)
        for (const order of [first, last]) {
          expect((await expectOrderMoneyConsistent(order.id)).payment_status).toEqual("captured")
        }
        expect((await adminOrder(rejected.id)).payment_status).toEqual("canceled")
      })

      it("releases a single-capture card without capturing when every vendor rejects", async () => {
        capturePolicy("acceptance")
        const vendors = await sellers(2)
        const { group, orders } = await checkout(vendors, { provider_id: CARD })
        const railId = await railDataId(group.id)
        for (const [index, order] of orders.entries()) {
          await api.post(`/vendor/orders/${order.id}/reject`, { reason: "Closed" }, bearer(vendors[index].token))
        }
        expect(callsFor(railId).map((call) => call.call)).toEqual(["cancel"])
        expect((await railPayment(group.id)).canceled_at).toBeTruthy()
      })

      it("never captures cash on delivery at checkout or on acceptance: each order awaits its cash", async () => {
        capturePolicy("acceptance")
        const vendors = await sellers(2)
        const { group, orders, customer } = await checkout(vendors, { provider_id: CASH })
        const railId = await railDataId(group.id)
        for (const order of orders) {
          expect((await storeOrder(order.id, customer)).payment_status).toEqual("awaiting")
        }
        await api.post(`/vendor/orders/${orders[0].id}/accept`, {}, bearer(vendors[0].token))
        expect((await adminOrder(orders[0].id)).payment_status).toEqual("awaiting")
        expect(callsFor(railId)).toHaveLength(0)
        capturePolicy("placement")
        const placedAtOnce = await checkout(vendors, { provider_id: CASH })
        expect((await adminOrder(placedAtOnce.orders[0].id)).payment_status).toEqual("awaiting")
        expect(callsFor(await railDataId(placedAtOnce.group.id))).toHaveLength(0)
      })
    })
  },
})

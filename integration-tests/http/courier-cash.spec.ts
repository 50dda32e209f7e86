import { MathBN, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DaraaEvents, type DeliveryMoved } from "../../src/events"
import { DELIVERY_MODULE } from "../../src/modules/delivery"
import type { DeliveryStatus } from "../../src/modules/delivery/models/delivery"
import type DeliveryModuleService from "../../src/modules/delivery/service"
import { WALLET_MODULE } from "../../src/modules/wallet"
import type WalletModuleService from "../../src/modules/wallet/service"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { couriersOverCashLimit } from "../../src/workflows/delivery/courier-cash"
import { adminToken, adminWithRole, attempt, bearer, customerToken, readableHttpErrors, registerCourier, settled } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"

jest.setTimeout(300 * 1000)

// medusa-config reads the environment before the runner applies its `env`, so
// what the config must see is set here, and put back after the suite.
// One cash order (40 SYP of bread + 100 SYP of delivery) stays under the limit; two reach it.
const CASH_LIMIT = 200
const FEE_SHARE = 0.75
const settings: Record<string, string> = { COURIER_CASH_LIMIT: `syp:${CASH_LIMIT},usd:50`, COURIER_FEE_SHARE: String(FEE_SHARE) }
const previousEnvironment = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]))
Object.assign(process.env, settings)
afterAll(() => {
  for (const [name, value] of Object.entries(previousEnvironment)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const COD = "pp_cod_cod"

/**
 * Cash on delivery collected by couriers, handed in at the cash desk, the
 * cash limit, and couriers' earnings (docs/couriers.md, "Cash and
 * earnings"). Deliveries are made directly in the delivery module for orders
 * placed through the real checkout; every test ends on the ledger's invariants.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string
    const wallet = () => getContainer().resolve<WalletModuleService>(WALLET_MODULE)
    const deliveries = () => getContainer().resolve<DeliveryModuleService>(DELIVERY_MODULE)

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })
    afterEach(async () => {
      const { data } = await api.get("/admin/ledger/check", bearer(admin))
      expect(data.checks.filter((check: any) => !check.ok)).toEqual([])
    })

    const ORDER_FIELDS = "id,total,payment_status,*payment_collections,*payment_collections.payments"
    const adminOrder = async (id: string) => (await api.get(`/admin/orders/${id}?fields=${ORDER_FIELDS}`, bearer(admin))).data.order
    const entriesOf = async (key: string) => (await wallet().findTransactionByKey(key))?.entries ?? null

    type Seller = Awaited<ReturnType<typeof sellingVendor>>
    let seller: Seller
    let shopper: string
    // The runner empties the database after each test: each test has its own store and shopper.
    beforeEach(async () => {
      seller = await sellingVendor(api, admin, { name: `Cash Bakery ${Date.now()}` })
      shopper = await customerToken(api, publishableKey, `cash-shopper-${Date.now()}@example.com`)
    })

    /** A vendor order paid on delivery, accepted by its store, with what it owes. */
    async function cashOrder(provider = COD) {
      const { cartId, headers } = await marketplaceCart(api, publishableKey, [{ variant_id: seller.product.variants[0].id, quantity: 1 }], shopper, {
        provider_id: provider,
      })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const orderId = data.order_group.orders[0].id as string
      await api.post(`/vendor/orders/${orderId}/accept`, {}, bearer(seller.token))
      return { orderId, owed: MathBN.convert((await adminOrder(orderId)).total).toNumber() }
    }

    /**
     * The order's delivery, created by dispatch when its store accepted it, then
     * carried by `courierId` in `status`, with its cash due when paid on delivery.
     */
    async function deliveryOf(order: { orderId: string; owed: number }, courierId: string, status: DeliveryStatus, cash = true) {
      const created = await eventually(
        `the delivery of ${order.orderId}`,
        async () => (await deliveries().listDeliveries({ order_id: order.orderId }))[0],
        (found) => !!found
      )
      const [delivery] = await deliveries().updateDeliveries([
        { id: created.id, courier_id: courierId, status, fee: 100, cash_due: cash ? order.owed : null, proof_code: "4321" },
      ])
      return delivery
    }

    async function delivered(delivery: { id: string; order_id: string; courier_id: string | null }) {
      await deliveries().updateDeliveries({ id: delivery.id, status: "delivered", delivered_at: new Date() })
      const payload: DeliveryMoved = {
        id: delivery.id,
        order_id: delivery.order_id,
        vendor_id: seller.vendor.id,
        courier_id: delivery.courier_id,
        from: "picked_up",
        to: "delivered",
        at: new Date().toISOString(),
        actor_type: "courier",
        actor_id: delivery.courier_id,
        reason: null,
      }
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: DaraaEvents.DELIVERY_DELIVERED, data: payload })
    }

    /** What the customer paid for the order's delivery. */
    const deliveryCharged = async (orderId: string) =>
      MathBN.convert((await api.get(`/admin/orders/${orderId}?fields=id,shipping_total`, bearer(admin))).data.order.shipping_total).toNumber()

    const report = (deliveryId: string, body: Record<string, unknown>, token: string) =>
      attempt(api.post(`/courier/deliveries/${deliveryId}/cash-collected`, body, bearer(token)))

    describe("a courier reports the cash it collected", () => {
      it("captures the order's payment once and posts that the courier owes the cash, refusing the wrong courier, amount, state and actor", async () => {
        const courier = await registerCourier(api)
        const other = await registerCourier(api, { phone: "+963944000333" })
        const order = await cashOrder()
        expect((await adminOrder(order.orderId)).payment_status).toEqual("awaiting")
        const delivery = await deliveryOf(order, courier.courier.id, "assigned")

        // Not picked up yet: nothing to hand over.
        const early = await report(delivery.id, { amount: order.owed }, courier.token)
        expect([early.status, early.data.message]).toEqual([409, expect.stringMatching(/is assigned; cash is reported once the order is picked up/)])
        await deliveries().updateDeliveries({ id: delivery.id, status: "picked_up", picked_up_at: new Date() })

        // Another courier's delivery is not found, like one that does not exist, even with a bad body.
        for (const [id, token, body] of [
          [delivery.id, other.token, { amount: order.owed }],
          [delivery.id, other.token, { amount: "all" }],
          ["dlv_missing", courier.token, { amount: order.owed }],
        ] as const) {
          const response = await report(id, body, token)
          expect([response.status, response.data.message]).toEqual([404, `Delivery with id: ${id} was not found`])
        }
        // The wrong actor: no token, a customer, a vendor, an admin.
        for (const token of [undefined, shopper, seller.token, admin]) {
          const response = await attempt(api.post(`/courier/deliveries/${delivery.id}/cash-collected`, { amount: order.owed }, token ? bearer(token) : {}))
          expect(response.status).toEqual(401)
        }
        // Only the whole amount, as a number.
        const wrong = await report(delivery.id, { amount: order.owed - 1 }, courier.token)
        expect([wrong.status, wrong.data.message]).toEqual([
          400,
          `amount ${order.owed - 1} is not what order ${order.orderId} owes: ${order.owed} SYP, collected in full.`,
        ])
        for (const body of [{ amount: "all" }, {}, { amount: -5 }, { amount: order.owed, tip: 5 }]) {
          const response = await report(delivery.id, body, courier.token)
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(/amount|tip/)])
        }
        expect((await adminOrder(order.orderId)).payment_status).toEqual("awaiting")

        // Reported four times at once: captured once, posted once, the others told it was done.
        const answers = await Promise.all(settled([0, 1, 2, 3].map(() => api.post(`/courier/deliveries/${delivery.id}/cash-collected`, { amount: order.owed }, bearer(courier.token)))))
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409])
        const ok = answers.find((answer) => answer.status === 200)!
        expect(ok.data.delivery).toMatchObject({ id: delivery.id, cash_collected_at: expect.any(String) })
        expect(ok.data.wallet).toMatchObject({ currency_code: "syp", balance: -order.owed, cash_owed: order.owed, cash_limit: CASH_LIMIT, cash_limit_reached: false })
        for (const answer of answers.filter((answer) => answer.status === 409)) {
          expect(answer.data.message).toMatch(/already (reported|recorded)/)
        }

        // Medusa's own views show the order paid, with one payment captured for the whole amount.
        const paid = await adminOrder(order.orderId)
        expect(paid.payment_status).toEqual("captured")
        const payments = paid.payment_collections.flatMap((collection: any) => collection.payments)
        expect(payments).toHaveLength(1)
        expect(payments[0].captured_at).toBeTruthy()
        // The ledger: the courier owes the cash to clearing, once.
        expect(await entriesOf(`cash:${order.orderId}`)).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ owner_type: "courier", owner_id: courier.courier.id, amount: -order.owed }),
            expect.objectContaining({ owner_type: "platform", owner_id: "clearing", amount: order.owed }),
          ])
        )
        expect(await wallet().referenceTransactionCount({ type: "order", id: order.orderId }, "cash_collection")).toEqual(1)
        const again = await report(delivery.id, { amount: order.owed }, courier.token)
        expect([again.status, again.data.message]).toEqual([409, expect.stringMatching(/already reported/)])

        // A delivery paid otherwise has no cash to report.
        const card = await cashOrder("pp_system_default")
        const cardDelivery = await deliveryOf(card, courier.courier.id, "picked_up", false)
        const notCash = await report(cardDelivery.id, { amount: card.owed }, courier.token)
        expect([notCash.status, notCash.data.message]).toEqual([409, expect.stringMatching(/not cash on delivery/)])
      })
    })

    describe("admins and the cash limit", () => {
      it("shows what a courier owes, records deposits once per reference and never beyond the debt, and pauses cash orders at the limit", async () => {
        const courier = await registerCourier(api)
        const bystander = await registerCourier(api, { phone: "+963944000444" })
        const courierId = courier.courier.id
        const collect = async () => {
          const order = await cashOrder()
          const delivery = await deliveryOf(order, courierId, "picked_up")
          expect((await report(delivery.id, { amount: order.owed }, courier.token)).status).toEqual(200)
          return order
        }
        const first = await collect()
        expect([...(await couriersOverCashLimit(getContainer(), [courierId, bystander.courier.id], "syp"))]).toEqual([])
        const second = await collect()
        const owed = first.owed + second.owed
        expect(owed).toBeGreaterThanOrEqual(CASH_LIMIT)
        // At the limit: dispatch offers this courier no more cash orders (the bystander owes nothing).
        expect([...(await couriersOverCashLimit(getContainer(), [courierId, bystander.courier.id], "SYP"))]).toEqual([courierId])
        expect((await api.get("/courier/wallet", bearer(courier.token))).data.wallet).toMatchObject({ cash_owed: owed, cash_limit_reached: true })

        // Finance and operations see it; the postings are paginated, newest first.
        const operations = await adminWithRole(api, getContainer(), admin, "operations")
        const finance = await adminWithRole(api, getContainer(), admin, "finance")
        const { data: cash } = await api.get(`/admin/couriers/${courierId}/cash?limit=1`, bearer(operations.token))
        expect(cash.cash.wallets).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ currency_code: "syp", balance: -owed, cash_owed: owed, cash_limit: CASH_LIMIT, cash_limit_reached: true }),
            expect.objectContaining({ currency_code: "usd", cash_owed: 0, cash_limit: 50, cash_limit_reached: false }),
          ])
        )
        expect([cash.count, cash.limit, cash.offset, cash.transactions.length]).toEqual([2, 1, 0, 1])
        expect(cash.transactions[0]).toMatchObject({ type: "cash_collection", reference_type: "order", reference_id: second.orderId, amount: -second.owed, actor_type: "courier" })
        const { data: oldest } = await api.get(`/admin/couriers/${courierId}/cash?order=created_at&fields=id,reference_id`, bearer(admin))
        expect(oldest.transactions.map((transaction: any) => Object.keys(transaction).sort())).toEqual([["id", "reference_id"], ["id", "reference_id"]])
        expect(oldest.transactions[0].reference_id).toEqual(first.orderId)
        for (const params of ["limit=0", "order=amount", "fields=secret", "currency_code=eur", "currency_code=12"]) {
          const response = await attempt(api.get(`/admin/couriers/${courierId}/cash?${params}`, bearer(admin)))
          expect([params, response.status]).toEqual([params, 400])
        }
        expect((await attempt(api.get(`/admin/couriers/cour_missing/cash`, bearer(admin)))).status).toEqual(404)
        const { data: board } = await api.get("/admin/couriers/cash?owing=true&limit=100", bearer(finance.token))
        expect(board.courier_cash).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ courier_id: courierId, cash_owed: owed, cash_limit_reached: true, courier: expect.objectContaining({ first_name: "Omar" }) }),
          ])
        )
        expect(board.courier_cash.every((row: any) => row.cash_owed > 0)).toBe(true)
        expect((await attempt(api.get("/admin/couriers/cash?owing=maybe", bearer(admin)))).status).toEqual(400)

        // Deposits: finance and super admins only, never more than owed, the reference required.
        const deposit = (body: Record<string, unknown>, token = finance.token, id = courierId) =>
          attempt(api.post(`/admin/couriers/${id}/deposits`, body, bearer(token)))
        expect((await deposit({ amount: 100, reference: "R-1" }, operations.token)).status).toEqual(403)
        expect((await deposit({ amount: 100, reference: "R-1" }, courier.token)).status).toEqual(401)
        const tooMuch = await deposit({ amount: owed + 1, reference: "R-0" })
        expect([tooMuch.status, tooMuch.data.message]).toEqual([400, `amount ${owed + 1} is more than courier ${courierId} owes: ${owed} SYP.`])
        for (const [body, field] of [
          [{ amount: 100 }, /reference/],
          [{ amount: 100, reference: "has space" }, /reference/],
          [{ amount: 0, reference: "R-9" }, /amount/],
          [{ amount: "100", reference: "R-9" }, /amount/],
          [{ amount: 100, reference: "R-9", currency_code: "eur" }, /currency_code/],
          [{ amount: 100.5, reference: "R-9" }, /amount 100.5 has more decimals than SYP allows/],
          [{ amount: 100, reference: "R-9", courier_id: "x" }, /courier_id/],
        ] as const) {
          const response = await deposit(body)
          expect([JSON.stringify(body), response.status, response.data.message]).toEqual([JSON.stringify(body), 400, expect.stringMatching(field)])
        }
        expect((await deposit({ amount: 100, reference: "R-1" }, finance.token, "cour_missing")).status).toEqual(404)

        const made = await deposit({ amount: 100, reference: "R-1" })
        expect(made.status).toEqual(201)
        expect(made.data.wallet).toMatchObject({ cash_owed: owed - 100 })
        expect(made.data.transaction.entries).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ owner_type: "courier", owner_id: courierId, amount: 100 }),
            expect.objectContaining({ owner_type: "external", owner_id: COD, amount: -100 }),
          ])
        )
        // The same receipt again is the same deposit; with another amount it is a conflict.
        const replay = await deposit({ amount: 100, reference: "R-1" }, admin)
        expect([replay.status, replay.data.transaction.id, replay.data.wallet.cash_owed]).toEqual([200, made.data.transaction.id, owed - 100])
        expect((await deposit({ amount: 50, reference: "R-1" })).status).toEqual(409)
        // Two deposits of the whole rest at once: one is recorded, the other would hand in more than owed.
        const rest = owed - 100
        const both = await Promise.all(settled(["R-2", "R-3"].map((reference) => api.post(`/admin/couriers/${courierId}/deposits`, { amount: rest, reference }, bearer(finance.token)))))
        expect(both.map((response) => response.status).sort()).toEqual([201, 400])

        // Back to zero: cash orders again.
        expect((await api.get(`/admin/couriers/${courierId}/cash`, bearer(admin))).data.cash.wallets).toEqual(
          expect.arrayContaining([expect.objectContaining({ currency_code: "syp", balance: 0, cash_owed: 0, cash_limit_reached: false })])
        )
        expect([...(await couriersOverCashLimit(getContainer(), [courierId], "syp"))]).toEqual([])
        const { data: mine } = await api.get("/courier/wallet/transactions?limit=10", bearer(courier.token))
        expect(mine.transactions.map((transaction: any) => [transaction.type, transaction.reference_type, transaction.amount])).toEqual([
          ["cash_collection", "courier_deposit", rest],
          ["cash_collection", "courier_deposit", 100],
          ["cash_collection", "order", -second.owed],
          ["cash_collection", "order", -first.owed],
        ])
      })
    })

    describe("earnings", () => {
      it("pays the courier its share of the delivery fee once when delivered, the platform the rest, and leaves clearing at zero", async () => {
        const courier = await registerCourier(api)
        const order = await cashOrder()
        const delivery = await deliveryOf(order, courier.courier.id, "picked_up")
        expect((await report(delivery.id, { amount: order.owed }, courier.token)).status).toEqual(200)

        // Delivered, and the event seen three times (dispatch's own move, a replay): one settlement.
        await delivered(delivery)
        await Promise.all([delivered(delivery), delivered(delivery)])
        const settlement = (await eventually("the settlement", () => entriesOf(`settlement:${order.orderId}`), (entries) => !!entries))!
        const share = 100 * FEE_SHARE
        const amountOf = (owner_type: string, owner_id: string) =>
          settlement.filter((entry) => entry.owner_type === owner_type && entry.owner_id === owner_id).reduce((sum, entry) => sum + entry.amount, 0)
        expect(amountOf("courier", courier.courier.id)).toEqual(share)
        // The platform keeps the rest of what the customer paid for delivery (priced by zone).
        expect(amountOf("platform", "delivery")).toEqual((await deliveryCharged(order.orderId)) - share)
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(await wallet().referenceTransactionCount({ type: "order", id: order.orderId }, "settlement")).toEqual(1)
        // Everything the order brought into clearing went out again.
        const totals = await wallet().referenceTotals({ type: "order", id: order.orderId }, "settlement")
        const cash = await wallet().referenceTotals({ type: "order", id: order.orderId }, "cash_collection")
        const clearing = [...totals, ...cash].filter((row) => row.owner_type === "platform" && row.owner_id === "clearing")
        expect(MathBN.sum(...clearing.map((row) => row.total)).toNumber()).toEqual(0)

        // The courier sees its earnings against the cash it holds.
        const { data } = await api.get("/courier/wallet", bearer(courier.token))
        expect(data.wallet).toMatchObject({ currency_code: "syp", balance: share - order.owed, cash_owed: order.owed - share, pending: 0 })
        const { data: page } = await api.get("/courier/wallet/transactions?limit=1", bearer(courier.token))
        expect([page.count, page.limit, page.transactions.length]).toEqual([2, 1, 1])
        expect(page.transactions[0]).toMatchObject({ type: "settlement", reference_type: "order", reference_id: order.orderId, amount: share })
        expect(page.transactions[0].entries).toEqual([expect.objectContaining({ amount: share })])
        expect((await attempt(api.get("/courier/wallet/transactions?order=amount", bearer(courier.token)))).status).toEqual(400)
        expect((await attempt(api.get("/courier/wallet?currency_code=eur", bearer(courier.token)))).status).toEqual(400)
        for (const token of [undefined, shopper, seller.token, admin]) {
          expect((await attempt(api.get("/courier/wallet", token ? bearer(token) : {}))).status).toEqual(401)
        }
      })

      it("moves the courier's share out of the platform's delivery fee when the order was settled before it was delivered", async () => {
        const courier = await registerCourier(api)
        const order = await cashOrder()
        const delivery = await deliveryOf(order, courier.courier.id, "picked_up")
        expect((await report(delivery.id, { amount: order.owed }, courier.token)).status).toEqual(200)
        // Medusa's "complete order" settles first: the whole delivery fee goes to the platform.
        await api.post(`/admin/orders/${order.orderId}/complete`, {}, bearer(admin))
        const first = (await eventually("the settlement", () => entriesOf(`settlement:${order.orderId}`), (entries) => !!entries))!
        expect(first.find((entry) => entry.owner_id === "delivery")?.amount).toEqual(await deliveryCharged(order.orderId))
        expect(first.some((entry) => entry.owner_type === "courier")).toBe(false)

        await delivered(delivery)
        const share = 100 * FEE_SHARE
        const second = (await eventually("the courier's share", () => entriesOf(`settlement:${order.orderId}:2`), (entries) => !!entries))!
        expect(second.map((entry) => [entry.owner_type, entry.owner_id, entry.amount]).sort()).toEqual(
          [
            ["courier", courier.courier.id, share],
            ["platform", "delivery", -share],
          ].sort()
        )
        await delivered(delivery)
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(await wallet().referenceTransactionCount({ type: "order", id: order.orderId }, "settlement")).toEqual(2)
        expect((await api.get("/courier/wallet", bearer(courier.token))).data.wallet.balance).toEqual(share - order.owed)
      })
    })
  },
})

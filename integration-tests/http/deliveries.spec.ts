import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import dispatchDeliveries from "../../src/jobs/dispatch-deliveries"
import { DaraaEvents } from "../../src/events"
import { COURIER_MODULE } from "../../src/modules/courier"
import { DELIVERY_MODULE } from "../../src/modules/delivery"
import { WALLET_MODULE } from "../../src/modules/wallet"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import {
  adminToken,
  attempt,
  bearer,
  courierAction,
  customerToken,
  readableHttpErrors,
  registerCourier,
  settled,
} from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"
import { openEventStream } from "../helpers/sse"

// The app boots in the first hook: on a busy 2-core machine its migrations alone can take five minutes.
jest.setTimeout(600 * 1000)

// The test vendors stand here (integration-tests/helpers/actors.ts).
const VENDOR_AT = { latitude: 32.6189, longitude: 36.1021 }
const NEAR = { latitude: 32.62, longitude: 36.103 } // about 150 m away
const FAR = { latitude: 32.64, longitude: 36.12 } // about 3 km away
const FARTHER = { latitude: 32.7, longitude: 36.2 }

let unique = 0
const nextId = () => `${Date.now()}-${++unique}`
const phone = () => `+96394${Math.floor(1_000_000 + Math.random() * 8_999_999)}`

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string

    const store = (token?: string) => ({
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })
    const deliveries = () => getContainer().resolve(DELIVERY_MODULE) as any
    const couriers = () => getContainer().resolve(COURIER_MODULE) as any

    /** Every delivery event the bus carried. */
    const events: { name: string; data: any }[] = []

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of Object.values(DaraaEvents).filter((event) => event.startsWith("delivery."))) {
        eventBus.subscribe(name, async (event: any) => {
          events.push({ name, data: event.data })
        })
      }
    })
    beforeEach(async () => {
      admin = await adminToken(api)
      await everyCourierOffline()
    })

    /** Each test places its own couriers: every other courier (the demo ones, earlier tests') goes offline. */
    async function everyCourierOffline() {
      const online = await couriers().listCouriers({ availability: "online" }, { select: ["id"] })
      if (online.length) {
        await couriers().updateCouriers(online.map((courier: any) => ({ id: courier.id, availability: "offline" })))
      }
    }

    async function expectLedgerHolds() {
      const { data } = await api.get("/admin/ledger/check", bearer(admin))
      expect(data.checks.filter((check: any) => !check.ok)).toEqual([])
    }

    /** An approved courier, online at `at` (or offline without it). */
    async function courier(at?: { latitude: number; longitude: number }) {
      const registered = await registerCourier(api, { phone: phone() })
      await courierAction(api, admin, registered.courier.id, "approve")
      if (at) {
        await api.post("/courier/me/availability", { status: "online", ...at }, bearer(registered.token))
      }
      return { id: registered.courier.id as string, token: registered.token }
    }

    async function shopper() {
      const token = await customerToken(api, publishableKey, `receiver-${nextId()}@example.com`)
      return token
    }

    /** One vendor's order placed by a new customer, with the drop-off's coordinates in the address metadata. */
    async function placedOrder(provider?: string) {
      const seller = await sellingVendor(api, admin, { name: `Dispatch Shop ${nextId()}` })
      const customer = await shopper()
      const { cartId, headers } = await marketplaceCart(
        api,
        publishableKey,
        [{ variant_id: seller.product.variants[0].id, quantity: 1 }],
        customer,
        { provider_id: provider },
        { metadata: { latitude: 32.63, longitude: 36.11 } }
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const order = data.order_group.orders[0]
      return { seller, customer, order_id: order.id as string }
    }

    const deliveryOf = (orderId: string) =>
      eventually(
        `the delivery of ${orderId}`,
        async () => (await api.get(`/admin/deliveries?order_id=${orderId}`, bearer(admin))).data.deliveries[0],
        (delivery) => !!delivery
      )
    const adminDelivery = async (id: string) => (await api.get(`/admin/deliveries/${id}`, bearer(admin))).data.delivery
    const offersOf = async (token: string) => (await api.get("/courier/offers", bearer(token))).data.offers as any[]
    const offerFor = (token: string, deliveryId: string) =>
      eventually(
        `an offer of ${deliveryId}`,
        async () => (await offersOf(token)).find((offer) => offer.delivery.id === deliveryId),
        (offer) => !!offer
      )
    const vendorStatus = async (orderId: string) => (await api.get(`/admin/vendor-orders/${orderId}`, bearer(admin))).data.vendor_order.vendor_status

    /** An order accepted and marked ready by its vendor: its delivery, now offered. */
    async function readyOrder(provider?: string) {
      const placed = await placedOrder(provider)
      await api.post(`/vendor/orders/${placed.order_id}/accept`, {}, bearer(placed.seller.token))
      const pending = await deliveryOf(placed.order_id)
      await api.post(`/vendor/orders/${placed.order_id}/ready`, {}, bearer(placed.seller.token))
      return { ...placed, delivery: pending }
    }

    /** A delivery assigned to `rider` through an offer it accepted. */
    async function assignedTo(rider: { token: string }) {
      const ready = await readyOrder()
      const offer = await offerFor(rider.token, ready.delivery.id)
      await api.post(`/courier/offers/${offer.id}/accept`, {}, bearer(rider.token))
      return { ...ready, offer }
    }

    describe("the whole flow", () => {
      it("creates the delivery on accept, offers it to the nearest courier on ready, streams its points and ETA, delivers it with the customer's code, then settles and pays the courier", async () => {
        const near = await courier(NEAR)
        const far = await courier(FAR)
        const placed = await placedOrder()
        const { data: placedOrderView } = await api.get(`/store/orders/${placed.order_id}?fields=id,shipping_total`, store(placed.customer))

        await api.post(`/vendor/orders/${placed.order_id}/accept`, {}, bearer(placed.seller.token))
        const created = await deliveryOf(placed.order_id)
        expect(created).toEqual(
          expect.objectContaining({
            status: "pending",
            vendor_id: placed.seller.vendor.id,
            courier_id: null,
            currency_code: "syp",
            cash_due: null,
            pickup_latitude: VENDOR_AT.latitude,
            pickup_longitude: VENDOR_AT.longitude,
            dropoff_latitude: 32.63,
            dropoff_longitude: 36.11,
          })
        )
        expect(MathBN.eq(created.fee, placedOrderView.order.shipping_total)).toBe(true)
        expect(created.distance_km).toBeGreaterThan(0)
        const detail = await adminDelivery(created.id)
        expect(detail.proof_code).toMatch(/^\d{4}$/)
        // Not offered before the vendor marks the order ready (DELIVERY_DISPATCH_ON=ready).
        expect(await offersOf(near.token)).toEqual([])

        await api.post(`/vendor/orders/${placed.order_id}/ready`, {}, bearer(placed.seller.token))
        const offer = await offerFor(near.token, created.id)
        expect(offer).toEqual(expect.objectContaining({ status: "offered", distance_km: expect.any(Number) }))
        expect(offer.distance_km).toBeLessThan(1)
        expect(await offersOf(far.token)).toEqual([])
        expect((await adminDelivery(created.id)).status).toEqual("offered")

        const accepted = await api.post(`/courier/offers/${offer.id}/accept`, {}, bearer(near.token))
        expect(accepted.data.delivery).toEqual(expect.objectContaining({ id: created.id, status: "assigned", courier_id: near.id }))
        // The courier never sees the customer's code.
        expect(accepted.data.delivery.proof_code).toBeUndefined()
        const mine = await api.get(`/courier/deliveries?status=assigned`, bearer(near.token))
        expect(mine.data.deliveries.map((delivery: any) => delivery.id)).toContain(created.id)
        expect(mine.data).toEqual(expect.objectContaining({ count: expect.any(Number), offset: 0, limit: 20 }))

        const picked = await api.post(`/courier/deliveries/${created.id}/pickup`, {}, bearer(near.token))
        expect(picked.data.delivery.status).toEqual("picked_up")
        expect(await vendorStatus(placed.order_id)).toEqual("out_for_delivery")

        // On the way: the courier's points reach the customer's stream as a position and an ETA.
        const { data: view } = await api.get(`/store/orders/${placed.order_id}/delivery`, store(placed.customer))
        expect(view.delivery).toEqual(expect.objectContaining({ id: created.id, status: "picked_up" }))
        const watcher = openEventStream(`${api.defaults.baseURL}${view.delivery.stream.url}`)
        expect((await watcher.response).statusCode).toEqual(200)
        const sentAt = Date.now()
        const points = [1, 2, 3].map((step) => ({
          latitude: VENDOR_AT.latitude + step * 0.0004,
          longitude: VENDOR_AT.longitude + step * 0.0003,
          recorded_at: new Date(sentAt - (3 - step) * 5000).toISOString(),
          accuracy: 8,
        }))
        const tracked = await api.post(`/courier/deliveries/${created.id}/locations`, { points }, bearer(near.token))
        expect(tracked.data.stored).toEqual(3)
        const [eta] = await watcher.waitFor((event) => event.event === "eta" && !!event.data.eta)
        expect(new Date(eta.data.eta).getTime()).toBeGreaterThan(sentAt)
        expect(watcher.events.some((event) => event.event === "position" && event.data.latitude > VENDOR_AT.latitude)).toBe(true)
        watcher.close()

        const wrongCode = detail.proof_code === "0000" ? "1111" : "0000"
        const wrong = await attempt(api.post(`/courier/deliveries/${created.id}/deliver`, { code: wrongCode }, bearer(near.token)))
        expect([wrong.status, wrong.data.message]).toEqual([400, expect.stringMatching(/code .*4 tries left/)])

        const delivered = await api.post(`/courier/deliveries/${created.id}/deliver`, { code: detail.proof_code }, bearer(near.token))
        expect(delivered.data.delivery).toEqual(expect.objectContaining({ status: "delivered", proof_attempts: 1 }))
        expect(await vendorStatus(placed.order_id)).toEqual("delivered")

        // Delivery settles the vendor order in the ledger.
        const wallet = getContainer().resolve(WALLET_MODULE) as any
        await eventually("the settlement", () => wallet.findTransactionByKey(`settlement:${placed.order_id}`), (posted) => !!posted)
        await expectLedgerHolds()
        // ... and pays the courier its share of the fee (COURIER_FEE_SHARE, 0.8 by default).
        const earned = await eventually(
          "the courier's earnings",
          async () => (await api.get("/courier/wallet?currency_code=syp", bearer(near.token))).data.wallet,
          (courierWallet) => Number(courierWallet.balance) > 0
        )
        expect(Number(earned.balance)).toEqual(Math.round(Number(created.fee) * 0.8))

        const history = (await adminDelivery(created.id)).status_changes.map((change: any) => `${change.from_status}>${change.to_status}:${change.actor_type}`)
        expect(history.reverse()).toEqual([
          "pending>offered:system",
          "offered>assigned:courier",
          "assigned>picked_up:courier",
          "picked_up>delivered:courier",
        ])
        const seen = await eventually(
          "the delivery's events",
          async () => events.filter((event) => event.data.id === created.id).map((event) => event.name),
          (names) => names.filter((name) => name === DaraaEvents.DELIVERY_STATUS_CHANGED).length >= 5
        )
        expect(seen.filter((name) => name !== DaraaEvents.DELIVERY_STATUS_CHANGED)).toEqual([
          DaraaEvents.DELIVERY_CREATED,
          DaraaEvents.DELIVERY_OFFERED,
          DaraaEvents.DELIVERY_ASSIGNED,
          DaraaEvents.DELIVERY_PICKED_UP,
          // At the speed of the points above the courier is minutes away (DELIVERY_NEAR_MINUTES).
          DaraaEvents.DELIVERY_NEAR,
          DaraaEvents.DELIVERY_DELIVERED,
        ])

        // The customer heard of the courier with the code, and of the delivery; the vendor of the courier; the courier of the offer.
        const customerFeed = await eventually(
          "the customer's delivery notices",
          async () => (await api.get("/store/notifications?limit=50", store(placed.customer))).data.notifications as any[],
          (feed) => ["delivery-assigned", "delivery-picked-up", "delivery-delivered"].every((name) => feed.some((entry) => entry.event === name))
        )
        expect(customerFeed.find((entry) => entry.event === "delivery-assigned").body).toContain(detail.proof_code)
        expect(customerFeed.find((entry) => entry.event === "delivery-picked-up").body).toContain(detail.proof_code)
        await eventually(
          "the vendor's delivery notices",
          async () => (await api.get("/vendor/notifications?limit=50", bearer(placed.seller.token))).data.notifications as any[],
          (feed) => ["vendor-delivery-assigned", "vendor-delivery-picked-up"].every((name) => feed.some((entry) => entry.event === name))
        )
        await eventually(
          "the courier's offer notice",
          async () => (await api.get("/courier/notifications?limit=50", bearer(near.token))).data.notifications as any[],
          (feed) => feed.some((entry) => entry.event === "delivery-offer")
        )
      })
    })

    describe("offers", () => {
      it("moves an expired offer to the next courier, skips who declined, and waits pending until a courier comes online", async () => {
        const near = await courier(NEAR)
        const far = await courier(FAR)
        const ready = await readyOrder()
        const first = await offerFor(near.token, ready.delivery.id)

        // The job expires offers past their time (here moved into the past) and offers the next courier.
        await deliveries().updateDeliveryOffers({ id: first.id, expires_at: new Date(Date.now() - 1000) })
        const run = await dispatchDeliveries(getContainer())
        expect(run.expired).toContain(first.id)
        const second = await offerFor(far.token, ready.delivery.id)
        expect(await offersOf(near.token)).toEqual([])
        const late = await attempt(api.post(`/courier/offers/${first.id}/accept`, {}, bearer(near.token)))
        expect([late.status, late.data.message]).toEqual([409, "This offer was already expired."])

        // Declined: nobody else is left, so the delivery waits.
        const declined = await api.post(`/courier/offers/${second.id}/decline`, {}, bearer(far.token))
        expect(declined.data.offer.status).toEqual("declined")
        expect((await adminDelivery(ready.delivery.id)).status).toEqual("pending")

        // A courier coming online gets it from the job.
        const third = await courier(FARTHER)
        await dispatchDeliveries(getContainer())
        const offered = await offerFor(third.token, ready.delivery.id)

        // Reading offers expires one past its time at once, without waiting for the job.
        await deliveries().updateDeliveryOffers({ id: offered.id, expires_at: new Date(Date.now() - 1000) })
        expect(await offersOf(third.token)).toEqual([])
        const detail = await adminDelivery(ready.delivery.id)
        expect(detail.status).toEqual("pending")
        expect(detail.offers.map((offer: any) => `${offer.courier_id === near.id ? "near" : offer.courier_id === far.id ? "far" : "third"}:${offer.status}`).reverse()).toEqual([
          "near:expired",
          "far:declined",
          "third:expired",
        ])
      })

      it("lets exactly one of several concurrent accepts win", async () => {
        const rider = await courier(NEAR)
        const ready = await readyOrder()
        const offer = await offerFor(rider.token, ready.delivery.id)
        const answers = await Promise.all(settled(Array.from({ length: 5 }, () => api.post(`/courier/offers/${offer.id}/accept`, {}, bearer(rider.token)))))
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409])
        const detail = await adminDelivery(ready.delivery.id)
        expect(detail.status).toEqual("assigned")
        expect(detail.status_changes.filter((change: any) => change.to_status === "assigned")).toHaveLength(1)
      })

      it("prefers the courier with fewer deliveries at the same distance, and offers no more than a courier can carry", async () => {
        const busy = await courier(NEAR)
        await couriers().updateCouriers({ id: busy.id, max_active_deliveries: 2 })
        await assignedTo(busy)
        const idle = await courier(NEAR)
        const ready = await readyOrder()
        await offerFor(idle.token, ready.delivery.id)
        expect((await offersOf(busy.token)).map((offer) => offer.delivery.id)).not.toContain(ready.delivery.id)

        // At its limit, a courier is offered nothing.
        await couriers().updateCouriers({ id: busy.id, max_active_deliveries: 1 })
        await couriers().updateCouriers({ id: idle.id, availability: "offline" })
        const next = await readyOrder()
        expect(await offersOf(busy.token)).toEqual([])
        expect((await adminDelivery(next.delivery.id)).status).toEqual("pending")
      })

      it("offers a cash-on-delivery order to no courier whose cash owed would pass COURIER_CASH_LIMIT", async () => {
        const indebted = await courier(NEAR)
        const wallet = getContainer().resolve(WALLET_MODULE) as any
        const limit = wallet.courierCashLimit("syp")
        await wallet.postTransaction({
          type: "adjustment",
          reference_type: "adjustment",
          reference_id: `owed-${nextId()}`,
          idempotency_key: `deliveries-spec:${nextId()}`,
          entries: [
            { owner_type: "courier", owner_id: indebted.id, currency_code: "syp", amount: -(limit - 1) },
            { owner_type: "platform", owner_id: "clearing", currency_code: "syp", amount: limit - 1 },
          ],
        })
        const clear = await courier(FAR)
        const ready = await readyOrder("pp_cod_cod")
        expect(MathBN.gt(ready.delivery.cash_due, 0)).toBe(true)
        await offerFor(clear.token, ready.delivery.id)
        expect(await offersOf(indebted.token)).toEqual([])
        await expectLedgerHolds()
      })
    })

    describe("states and access", () => {
      it("refuses moves the table does not allow with 409, and leaves the delivery as it was", async () => {
        const rider = await courier(NEAR)
        const { delivery, offer } = await assignedTo(rider)
        const again = await attempt(api.post(`/courier/offers/${offer.id}/accept`, {}, bearer(rider.token)))
        expect(again.status).toEqual(409)
        const early = await attempt(api.post(`/courier/deliveries/${delivery.id}/deliver`, { code: "1234" }, bearer(rider.token)))
        expect([early.status, early.data.message]).toEqual([409, expect.stringMatching(/assigned cannot become delivered/)])
        const failEarly = await attempt(api.post(`/courier/deliveries/${delivery.id}/fail`, { reason: "nobody home" }, bearer(rider.token)))
        expect(failEarly.status).toEqual(409)
        await api.post(`/courier/deliveries/${delivery.id}/pickup`, {}, bearer(rider.token))
        const twice = await attempt(api.post(`/courier/deliveries/${delivery.id}/pickup`, {}, bearer(rider.token)))
        expect([twice.status, twice.data.message]).toEqual([409, expect.stringMatching(/picked up cannot become picked up/)])
        const reassign = await attempt(api.post(`/admin/deliveries/${delivery.id}/assign`, { courier_id: rider.id }, bearer(admin)))
        expect(reassign.status).toEqual(409)
        const detail = await adminDelivery(delivery.id)
        expect([detail.status, detail.proof_attempts]).toEqual(["picked_up", 0])
      })

      it("refuses to pick up an order its vendor has not marked ready yet (a courier assigned early), and moves nothing", async () => {
        const rider = await courier(NEAR)
        const placed = await placedOrder()
        await api.post(`/vendor/orders/${placed.order_id}/accept`, {}, bearer(placed.seller.token))
        const pending = await deliveryOf(placed.order_id)
        await api.post(`/admin/deliveries/${pending.id}/assign`, { courier_id: rider.id }, bearer(admin))
        const early = await attempt(api.post(`/courier/deliveries/${pending.id}/pickup`, {}, bearer(rider.token)))
        expect([early.status, early.data.message]).toEqual([409, expect.stringMatching(/accepted cannot be sent out for delivery/)])
        expect((await adminDelivery(pending.id)).status).toEqual("assigned")
        expect(await vendorStatus(placed.order_id)).toEqual("accepted")
      })

      it("answers 404 for another courier's delivery or offer, and refuses customer and vendor tokens", async () => {
        const rider = await courier(NEAR)
        const other = await courier()
        const { delivery, seller, customer } = await assignedTo(rider)
        const next = await readyOrder()
        const offer = await offerFor(rider.token, next.delivery.id)
        for (const request of [
          () => api.get(`/courier/deliveries/${delivery.id}`, bearer(other.token)),
          () => api.post(`/courier/deliveries/${delivery.id}/pickup`, {}, bearer(other.token)),
          () => api.post(`/courier/deliveries/${delivery.id}/deliver`, { code: "1234" }, bearer(other.token)),
          () => api.post(`/courier/deliveries/${delivery.id}/fail`, { reason: "not mine" }, bearer(other.token)),
          () => api.post(`/courier/offers/${offer.id}/accept`, {}, bearer(other.token)),
          () => api.post(`/courier/offers/${offer.id}/decline`, {}, bearer(other.token)),
          () => api.get(`/courier/deliveries/dlv_missing`, bearer(other.token)),
          () => api.post(`/courier/offers/dloff_missing/accept`, {}, bearer(other.token)),
          () => api.get(`/admin/deliveries/dlv_missing`, bearer(admin)),
        ]) {
          const response = await attempt(request())
          expect([response.status, response.data.type]).toEqual([404, "not_found"])
        }
        expect((await offersOf(other.token)).map((o) => o.id)).not.toContain(offer.id)
        for (const token of [customer, seller.token, admin]) {
          for (const request of [() => api.get("/courier/offers", bearer(token)), () => api.post(`/courier/offers/${offer.id}/accept`, {}, bearer(token))]) {
            expect((await attempt(request())).status).toEqual(401)
          }
        }
        expect((await attempt(api.get("/admin/deliveries", bearer(rider.token)))).status).toEqual(401)
        expect((await adminDelivery(delivery.id)).status).toEqual("assigned")
      })

      it("answers 400 naming the field for bad input", async () => {
        const rider = await courier(NEAR)
        const { delivery } = await assignedTo(rider)
        const cases: [() => Promise<any>, RegExp][] = [
          [() => api.post(`/courier/deliveries/${delivery.id}/deliver`, { code: "12" }, bearer(rider.token)), /code/],
          [() => api.post(`/courier/deliveries/${delivery.id}/deliver`, {}, bearer(rider.token)), /code/],
          [() => api.post(`/courier/deliveries/${delivery.id}/fail`, {}, bearer(rider.token)), /reason/],
          [() => api.post(`/courier/deliveries/${delivery.id}/pickup`, { at: "now" }, bearer(rider.token)), /at/],
          [() => api.get(`/courier/deliveries?status=lost`, bearer(rider.token)), /status/],
          [() => api.get(`/courier/deliveries?limit=1000`, bearer(rider.token)), /limit/],
          [() => api.get(`/admin/deliveries?status=lost`, bearer(admin)), /status/],
          [() => api.post(`/admin/deliveries/${delivery.id}/assign`, {}, bearer(admin)), /courier_id/],
          [() => api.post(`/admin/deliveries/${delivery.id}/assign`, { courier_id: "cour_missing" }, bearer(admin)), /courier_id/],
        ]
        for (const [request, message] of cases) {
          const response = await attempt(request())
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect((await adminDelivery(delivery.id)).status).toEqual("assigned")
      })

      it("bounds the tries of the proof code", async () => {
        const rider = await courier(NEAR)
        const { delivery } = await assignedTo(rider)
        await api.post(`/courier/deliveries/${delivery.id}/pickup`, {}, bearer(rider.token))
        const code = (await adminDelivery(delivery.id)).proof_code
        const wrongCode = code === "0000" ? "1111" : "0000"
        for (let left = 4; left >= 0; left--) {
          const wrong = await attempt(api.post(`/courier/deliveries/${delivery.id}/deliver`, { code: wrongCode }, bearer(rider.token)))
          expect([wrong.status, wrong.data.message]).toEqual([400, expect.stringContaining(`${left} ${left === 1 ? "try" : "tries"} left`)])
        }
        const locked = await attempt(api.post(`/courier/deliveries/${delivery.id}/deliver`, { code }, bearer(rider.token)))
        expect([locked.status, locked.data.message]).toEqual([409, expect.stringMatching(/Too many wrong codes/)])
        expect((await adminDelivery(delivery.id)).status).toEqual("picked_up")
      })
    })

    describe("proof photo", () => {
      // The smallest PNG: the signature and an IHDR chunk are what the content check reads.
      const png = () =>
        new Blob([Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001", "hex")], {
          type: "image/png",
        })

      it("keeps one private photo of the handed-over order, at the door only, for admins to read", async () => {
        const rider = await courier(NEAR)
        const other = await courier()
        const { delivery } = await assignedTo(rider)
        const photoForm = () => {
          const form = new FormData()
          form.append("photo", png(), "door.png")
          return form
        }
        const early = await attempt(api.post(`/courier/deliveries/${delivery.id}/proof-photo`, photoForm(), bearer(rider.token)))
        expect(early.status).toEqual(409)
        await api.post(`/courier/deliveries/${delivery.id}/pickup`, {}, bearer(rider.token))
        const text = new FormData()
        text.append("photo", new Blob(["not an image"], { type: "image/png" }), "door.png")
        const bad = await attempt(api.post(`/courier/deliveries/${delivery.id}/proof-photo`, text, bearer(rider.token)))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/^photo must be a JPEG or PNG/)])
        const theirs = await attempt(api.post(`/courier/deliveries/${delivery.id}/proof-photo`, photoForm(), bearer(other.token)))
        expect(theirs.status).toEqual(404)
        expect((await attempt(api.get(`/admin/deliveries/${delivery.id}/proof-photo`, bearer(admin)))).status).toEqual(404)

        const stored = await api.post(`/courier/deliveries/${delivery.id}/proof-photo`, photoForm(), bearer(rider.token))
        expect(stored.data.delivery.id).toEqual(delivery.id)
        const photo = await api.get(`/admin/deliveries/${delivery.id}/proof-photo`, { ...bearer(admin), responseType: "arraybuffer" })
        expect([photo.status, photo.headers["content-type"], photo.headers["cache-control"]]).toEqual([200, "image/png", "private, no-store"])
        expect((await adminDelivery(delivery.id)).proof_photo_file_id).toEqual(expect.any(String))
      })
    })

    describe("failure and cancellation", () => {
      it("a failed delivery cancels the vendor order, refunds its payment and returns its stock", async () => {
        const rider = await courier(NEAR)
        const { delivery, order_id, seller } = await assignedTo(rider)
        const variantId = seller.product.variants[0].id
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const reservations = async () =>
          (await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: (await lineItemsOf(order_id)) })).length
        const lineItemsOf = async (orderId: string) => {
          const { data } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
          return ((data[0] as any).items as any[]).map((item) => item.id)
        }
        expect(variantId).toBeDefined()
        expect(await reservations()).toBeGreaterThan(0)

        await api.post(`/courier/deliveries/${delivery.id}/pickup`, {}, bearer(rider.token))
        const failed = await api.post(`/courier/deliveries/${delivery.id}/fail`, { reason: "Nobody at the address" }, bearer(rider.token))
        expect(failed.data.delivery).toEqual(expect.objectContaining({ status: "failed", failure_reason: "Nobody at the address" }))
        expect(await vendorStatus(order_id)).toEqual("cancelled")
        const { data } = await query.graph({ entity: "order", fields: ["id", "status", "summary.*"], filters: { id: order_id } })
        const order = data[0] as any
        expect(order.status).toEqual("canceled")
        expect(MathBN.eq(order.summary.refunded_total ?? 0, order.summary.paid_total ?? 0)).toBe(true)
        expect(await reservations()).toEqual(0)
        await expectLedgerHolds()
      })

      it("a vendor order rejected after acceptance cancels its delivery, and frees its courier", async () => {
        const rider = await courier(NEAR)
        const placed = await placedOrder()
        await api.post(`/vendor/orders/${placed.order_id}/accept`, {}, bearer(placed.seller.token))
        const pending = await deliveryOf(placed.order_id)
        await api.post(`/admin/deliveries/${pending.id}/assign`, { courier_id: rider.id }, bearer(admin))
        await api.post(`/admin/vendor-orders/${placed.order_id}/cancel`, { reason: "Out of flour" }, bearer(admin))
        const cancelled = await eventually("the cancelled delivery", () => adminDelivery(pending.id), (delivery) => delivery.status === "cancelled")
        expect(cancelled.cancelled_at).not.toBeNull()
        expect((await api.get(`/courier/deliveries?status=assigned`, bearer(rider.token))).data.deliveries).toEqual([])
        const late = await attempt(api.post(`/courier/deliveries/${pending.id}/pickup`, {}, bearer(rider.token)))
        expect(late.status).toEqual(409)
      })
    })

    describe("admin", () => {
      it("lists and filters deliveries, and assigns one by hand to an active courier with room", async () => {
        const offline = await courier()
        const suspended = await courier()
        await courierAction(api, admin, suspended.id, "suspend", "late deliveries")
        const placed = await placedOrder()
        await api.post(`/vendor/orders/${placed.order_id}/accept`, {}, bearer(placed.seller.token))
        const pending = await deliveryOf(placed.order_id)

        const listed = await api.get(`/admin/deliveries?status=pending&vendor_id=${placed.seller.vendor.id}&limit=5`, bearer(admin))
        expect(listed.data).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 5 }))
        expect(listed.data.deliveries[0].id).toEqual(pending.id)

        const refused = await attempt(api.post(`/admin/deliveries/${pending.id}/assign`, { courier_id: suspended.id }, bearer(admin)))
        expect([refused.status, refused.data.message]).toEqual([409, expect.stringMatching(/suspended/)])

        const assigned = await api.post(`/admin/deliveries/${pending.id}/assign`, { courier_id: offline.id }, bearer(admin))
        expect(assigned.data.delivery).toEqual(expect.objectContaining({ status: "assigned", courier_id: offline.id }))
        expect(assigned.data.delivery.status_changes[0]).toEqual(expect.objectContaining({ from_status: "pending", to_status: "assigned", actor_type: "user" }))
        const seen = await api.get(`/courier/deliveries/${pending.id}`, bearer(offline.token))
        expect(seen.data.delivery.status).toEqual("assigned")

        // A courier at its limit takes no more.
        await couriers().updateCouriers({ id: offline.id, max_active_deliveries: 1 })
        const another = await placedOrder()
        await api.post(`/vendor/orders/${another.order_id}/accept`, {}, bearer(another.seller.token))
        const second = await deliveryOf(another.order_id)
        const full = await attempt(api.post(`/admin/deliveries/${second.id}/assign`, { courier_id: offline.id }, bearer(admin)))
        expect([full.status, full.data.message]).toEqual([409, expect.stringMatching(/already carries 1/)])
        expect((await adminDelivery(second.id)).status).toEqual("pending")
      })
    })
  },
})

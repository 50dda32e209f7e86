import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DaraaEvents, type DeliveryMoved } from "../../src/events"
import pruneTrackPoints from "../../src/jobs/prune-track-points"
import { DELIVERY_MODULE } from "../../src/modules/delivery"
import { LIVE_TRACKING_MODULE } from "../../src/modules/live-tracking"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, courierAction, customerToken, readableHttpErrors, registerCourier } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"
import { openEventStream } from "../helpers/sse"

jest.setTimeout(300 * 1000)

// medusa-config reads the environment before the runner applies its `env`.
const settings: Record<string, string> = { TRACKING_HEARTBEAT_SECONDS: "1" }
const previousEnvironment = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]))
Object.assign(process.env, settings)
afterAll(() => {
  for (const [name, value] of Object.entries(previousEnvironment)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

// The vendor in Daraa; the customer about 3.3 km north of it.
const PICKUP = { latitude: 32.6189, longitude: 36.1021 }
const DROPOFF = { latitude: 32.6489, longitude: 36.1021 }
const METRES_PER_DEGREE = 111_195

/** `count` points every 5 s, going north from `from` at `speed` m/s, the last one `endAgoSeconds` ago. */
function drive(from: { latitude: number; longitude: number }, count: number, speed = 10, endAgoSeconds = 0) {
  const end = Date.now() - endAgoSeconds * 1000
  return Array.from({ length: count }, (_, i) => ({
    latitude: from.latitude + ((i + 1) * 5 * speed) / METRES_PER_DEGREE,
    longitude: from.longitude,
    recorded_at: new Date(end - (count - 1 - i) * 5000).toISOString(),
    accuracy: 8,
  }))
}

let unique = 0
const nextId = () => `${Date.now()}-${++unique}`

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string
    let seller: Awaited<ReturnType<typeof sellingVendor>>
    let rider: { token: string; id: string }
    let otherRider: { token: string; id: string }

    const store = (token?: string) => ({
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })
    const deliveries = () => getContainer().resolve(DELIVERY_MODULE) as any
    const baseUrl = () => api.defaults.baseURL as string

    async function approvedCourier(first_name: string) {
      const { token, courier } = await registerCourier(api, { first_name, phone: `+9639440${String(Math.floor(Math.random() * 1e5)).padStart(5, "0")}` })
      await courierAction(api, admin, courier.id, "approve")
      return { token, id: courier.id as string }
    }

    async function shopper() {
      const token = await customerToken(api, publishableKey, `tracked-${nextId()}@example.com`)
      const { data } = await api.get("/store/customers/me", store(token))
      return { token, id: data.customer.id as string }
    }

    /** A real vendor order of the customer's, through the checkout, and its delivery given to the courier. */
    async function deliveryFor(customer: { token: string; id: string }, courierId: string | null, status = "assigned", at = { pickup: PICKUP, dropoff: DROPOFF }) {
      const { cartId, headers } = await marketplaceCart(api, publishableKey, [{ variant_id: seller.product.variants[0].id, quantity: 1 }], customer.token)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const order = data.order_group.orders[0]
      const delivery = await deliveries().createDeliveries({
        order_id: order.id,
        vendor_id: seller.vendor.id,
        customer_id: customer.id,
        courier_id: courierId,
        status,
        currency_code: "syp",
        fee: 100,
        proof_code: "4821",
        pickup_latitude: at.pickup.latitude,
        pickup_longitude: at.pickup.longitude,
        dropoff_latitude: at.dropoff.latitude,
        dropoff_longitude: at.dropoff.longitude,
        assigned_at: new Date(),
      })
      return { order, delivery }
    }

    /** Moves the delivery as the dispatch workflows do: the row, then the typed events. */
    async function move(delivery: { id: string; order_id: string; courier_id: string | null }, to: string, from = "assigned") {
      await deliveries().updateDeliveries({ id: delivery.id, status: to, ...(to === "picked_up" ? { picked_up_at: new Date() } : {}) })
      const moved: DeliveryMoved = {
        id: delivery.id,
        order_id: delivery.order_id,
        vendor_id: seller.vendor.id,
        courier_id: delivery.courier_id,
        from: from as any,
        to: to as any,
        at: new Date().toISOString(),
        actor_type: "courier",
        actor_id: delivery.courier_id,
        reason: null,
      }
      const eventBus = getContainer().resolve(Modules.EVENT_BUS) as any
      await eventBus.emit([
        { name: DaraaEvents.DELIVERY_STATUS_CHANGED, data: moved },
        { name: `delivery.${to}`, data: moved },
      ])
    }

    const post = (token: string, deliveryId: string, points: unknown) => attempt(api.post(`/courier/deliveries/${deliveryId}/locations`, { points }, bearer(token)))
    const pointsOf = async (deliveryId: string) => (await deliveries().listTrackPoints({ delivery_id: deliveryId }, { select: ["id", "recorded_at"] })).length

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
      admin = await adminToken(api)
      seller = await sellingVendor(api, admin, { name: `Tracked Bakery ${nextId()}` })
      rider = await approvedCourier("Omar")
      otherRider = await approvedCourier("Khaled")
    })

    describe("POST /courier/deliveries/:id/locations", () => {
      it("stores a batch, moves the delivery's position, speed and ETA and the courier's position, and stores a resent batch once", async () => {
        const customer = await shopper()
        const { delivery } = await deliveryFor(customer, rider.id)
        const points = drive(PICKUP, 12, 10)
        const { status, data } = await post(rider.token, delivery.id, points)
        expect(status).toEqual(200)
        expect(data).toEqual(expect.objectContaining({ received: 12, stored: 12, duplicates: 0, ignored: 0 }))
        const last = points[11]
        expect(data.delivery).toEqual(
          expect.objectContaining({ id: delivery.id, status: "assigned", latitude: expect.closeTo(last.latitude, 4), longitude: expect.closeTo(last.longitude, 4) })
        )
        expect(data.delivery.speed_mps).toBeCloseTo(10, 0)
        // Assigned: back to the pickup, then to the drop-off, by straight line × 1.3.
        expect(data.delivery.remaining_km).toBeGreaterThan(3.3 * 1.3)
        const etaSeconds = (new Date(data.delivery.eta).getTime() - new Date(last.recorded_at).getTime()) / 1000
        expect(etaSeconds).toBeCloseTo((data.delivery.remaining_km * 1000) / data.delivery.speed_mps, -1)
        expect((await api.get("/courier/me", bearer(rider.token))).data.courier).toEqual(
          expect.objectContaining({ latitude: expect.closeTo(last.latitude, 4), longitude: expect.closeTo(last.longitude, 4) })
        )

        // The same batch again (a retried upload): stored once, the position unchanged.
        const again = await post(rider.token, delivery.id, points)
        expect(again.data).toEqual(expect.objectContaining({ received: 12, stored: 0, duplicates: 12 }))
        // A late point from before the last one is kept in the track, but does not move the courier back.
        const late = await post(rider.token, delivery.id, [{ ...PICKUP, recorded_at: new Date(Date.now() - 600_000).toISOString() }])
        expect(late.data.stored).toEqual(1)
        expect(late.data.delivery.latitude).toBeCloseTo(last.latitude, 4)
        expect(await pointsOf(delivery.id)).toEqual(13)
      })

      it("answers 400 naming the field for bad input, and stores nothing", async () => {
        const { delivery } = await deliveryFor(await shopper(), rider.id)
        const good = drive(PICKUP, 1)[0]
        const cases: [unknown, RegExp][] = [
          [undefined, /points/],
          [[], /points/],
          [Array.from({ length: 501 }, () => good), /points.*500/],
          [[{ ...good, latitude: 91 }], /latitude/],
          [[{ ...good, longitude: "east" }], /longitude/],
          [[{ ...good, recorded_at: "yesterday" }], /recorded_at/],
          [[{ ...good, recorded_at: new Date(Date.now() + 3_600_000).toISOString() }], /recorded_at must not be in the future/],
          [[{ ...good, recorded_at: new Date(Date.now() - 3 * 86_400_000).toISOString() }], /recorded_at must be within/],
          [[{ ...good, speed: -1 }], /speed/],
          [[{ ...good, heading: 400 }], /heading/],
          [[{ ...good, altitude: 700 }], /altitude/],
        ]
        for (const [points, message] of cases) {
          const response = await attempt(api.post(`/courier/deliveries/${delivery.id}/locations`, points === undefined ? {} : { points }, bearer(rider.token)))
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect(await pointsOf(delivery.id)).toEqual(0)
      })

      it("answers 404 for another courier's delivery exactly as for a missing one, and 401 to other actors", async () => {
        const customer = await shopper()
        const { delivery } = await deliveryFor(customer, rider.id)
        const points = drive(PICKUP, 2)
        const theirs = await post(otherRider.token, delivery.id, points)
        const missing = await post(otherRider.token, "dlv_missing", points)
        expect([theirs.status, missing.status]).toEqual([404, 404])
        expect(theirs.data.message).toEqual(missing.data.message.replace("dlv_missing", delivery.id))
        for (const token of [customer.token, seller.token, admin, null]) {
          const response = await attempt(api.post(`/courier/deliveries/${delivery.id}/locations`, { points }, token ? bearer(token) : {}))
          expect(response.status).toEqual(401)
        }
        expect(await pointsOf(delivery.id)).toEqual(0)
      })

      it("answers 409 when the delivery is not under way", async () => {
        for (const status of ["offered", "delivered", "cancelled"]) {
          const { delivery } = await deliveryFor(await shopper(), rider.id, status)
          const response = await post(rider.token, delivery.id, drive(PICKUP, 2))
          expect([response.status, response.data.message]).toEqual([409, expect.stringContaining(`is ${status}`)])
          expect(await pointsOf(delivery.id)).toEqual(0)
        }
      })
    })

    describe("the delivery view", () => {
      it("shows no position before pickup and the position after, to that order's customer, its vendor and admins only", async () => {
        const customer = await shopper()
        const { order, delivery } = await deliveryFor(customer, rider.id)
        const toPickup = drive(PICKUP, 6, 10, 60)
        await post(rider.token, delivery.id, toPickup)

        const before = (await api.get(`/store/orders/${order.id}/delivery`, store(customer.token))).data.delivery
        expect(before).toEqual(
          expect.objectContaining({ id: delivery.id, status: "assigned", eta: expect.any(String), courier: { first_name: "Omar", vehicle_type: "motorcycle" } })
        )
        expect(before.position).toBeUndefined()
        expect(before.stream.url).toMatch(new RegExp(`^/store/deliveries/${delivery.id}/stream\\?token=`))

        await move({ ...delivery, courier_id: rider.id }, "picked_up")
        const points = drive({ latitude: toPickup[5].latitude, longitude: PICKUP.longitude }, 3, 10)
        await post(rider.token, delivery.id, points)
        const after = (await api.get(`/store/orders/${order.id}/delivery`, store(customer.token))).data.delivery
        expect(after.status).toEqual("picked_up")
        expect(after.position).toEqual({ latitude: expect.closeTo(points[2].latitude, 4), longitude: expect.closeTo(PICKUP.longitude, 4), at: expect.any(String), speed_mps: expect.any(Number) })

        // Its vendor and admins see the same.
        expect((await api.get(`/vendor/orders/${order.id}/delivery`, bearer(seller.token))).data.delivery.position).toEqual(after.position)
        expect((await api.get(`/admin/vendor-orders/${order.id}/delivery`, bearer(admin))).data.delivery.position).toEqual(after.position)

        // Another customer, and another vendor, get 404 exactly as for a missing order; other actors 401.
        const stranger = await shopper()
        const theirs = await attempt(api.get(`/store/orders/${order.id}/delivery`, store(stranger.token)))
        const missing = await attempt(api.get(`/store/orders/order_missing/delivery`, store(stranger.token)))
        expect([theirs.status, missing.status]).toEqual([404, 404])
        expect(theirs.data.message).toEqual(missing.data.message.replace("order_missing", order.id))
        const otherSeller = await sellingVendor(api, admin, { name: `Other Bakery ${nextId()}` })
        expect((await attempt(api.get(`/vendor/orders/${order.id}/delivery`, bearer(otherSeller.token)))).status).toEqual(404)
        expect((await attempt(api.get(`/store/orders/${order.id}/delivery`, store()))).status).toEqual(401)
        expect((await attempt(api.get(`/store/orders/${order.id}/delivery`, store(rider.token)))).status).toEqual(401)

        // Delivered: the position is gone again.
        await move({ ...delivery, courier_id: rider.id }, "delivered", "picked_up")
        const done = (await api.get(`/store/orders/${order.id}/delivery`, store(customer.token))).data.delivery
        expect([done.status, done.position, done.eta]).toEqual(["delivered", undefined, null])
      })
    })

    describe("GET /store/deliveries/:id/stream", () => {
      it("streams status, position and ETA to an EventSource, and a client that reconnects with Last-Event-ID misses nothing", async () => {
        const customer = await shopper()
        const { order, delivery } = await deliveryFor(customer, rider.id)
        await post(rider.token, delivery.id, drive(PICKUP, 4, 10, 60))
        await move({ ...delivery, courier_id: rider.id }, "picked_up")
        const { stream } = (await api.get(`/store/orders/${order.id}/delivery`, store(customer.token))).data.delivery

        // No headers at all, as a browser's EventSource: the token carries everything.
        const first = openEventStream(`${baseUrl()}${stream.url}`)
        expect((await first.response).statusCode).toEqual(200)
        expect((await first.response).headers["content-type"]).toMatch(/^text\/event-stream/)
        const snapshot = await first.waitFor((e) => ["status", "position", "eta"].includes(e.event), 3)
        expect(snapshot.map((e) => e.event)).toEqual(["status", "position", "eta"])
        expect(snapshot[0].data.status).toEqual("picked_up")

        // Live: a posted batch reaches the watcher.
        const start = { latitude: snapshot[1].data.latitude, longitude: PICKUP.longitude }
        await post(rider.token, delivery.id, drive(start, 3, 10, 40))
        const [live] = await first.waitFor((e) => e.event === "position" && e.id !== snapshot[1].id)
        expect(Number(live.id)).toBeGreaterThan(Number(snapshot[0].id))

        // A heartbeat on idle (every second in this suite), without an id.
        const [beat] = await first.waitFor((e) => e.event === "heartbeat")
        expect(beat.id).toBeUndefined()

        // Disconnected, the watcher misses two batches and the ETA they move.
        const lastSeen = first.events.filter((e) => e.id !== undefined).at(-1)!.id!
        first.close()
        const further = { latitude: live.data.latitude, longitude: PICKUP.longitude }
        await post(rider.token, delivery.id, drive(further, 3, 2, 20))
        await post(rider.token, delivery.id, drive({ latitude: further.latitude + 30 / METRES_PER_DEGREE, longitude: PICKUP.longitude }, 3, 2, 0))

        const feed = (getContainer().resolve(LIVE_TRACKING_MODULE) as any).feed
        const missed = await feed.since(delivery.id, Number(lastSeen))
        expect(missed.complete).toBe(true)
        expect(missed.events.filter((e: any) => e.type === "position")).toHaveLength(2)

        const second = openEventStream(`${baseUrl()}${stream.url}`, { "last-event-id": lastSeen })
        const replayed = await second.waitFor((e) => e.id !== undefined, missed.events.length)
        expect(replayed.map((e) => [Number(e.id), e.event, e.data])).toEqual(missed.events.map((e: any) => [e.id, e.type, e.data]))
        expect(replayed.map((e) => Number(e.id))).toEqual(missed.events.map((_: any, i: number) => Number(lastSeen) + i + 1))

        // Delivered: the stream says so and ends; coming back with the last id gets 204, which stops EventSource.
        await move({ ...delivery, courier_id: rider.id }, "delivered", "picked_up")
        const [done] = await second.waitFor((e) => e.event === "status" && e.data.status === "delivered")
        expect(done).toBeDefined()
        await second.waitFor(() => false, 1, 5000).catch(() => undefined)
        expect(second.ended).toBe(true)
        const third = openEventStream(`${baseUrl()}${stream.url}`, { "last-event-id": done.id! })
        expect((await third.response).statusCode).toEqual(204)
        third.close()
      })

      it("lets in that order's customer only: 401 without a valid token, 404 to another customer", async () => {
        const customer = await shopper()
        const { order, delivery } = await deliveryFor(customer, rider.id, "picked_up")
        const { stream } = (await api.get(`/store/orders/${order.id}/delivery`, store(customer.token))).data.delivery
        const other = await deliveryFor(await shopper(), rider.id, "picked_up")

        const tampered = stream.token.replace(/.$/, (c: string) => (c === "A" ? "B" : "A"))
        const urls = [
          `/store/deliveries/${delivery.id}/stream?publishable_key=${publishableKey}`,
          `/store/deliveries/${delivery.id}/stream?token=${tampered}`,
          `/store/deliveries/${other.delivery.id}/stream?token=${encodeURIComponent(stream.token)}`,
        ]
        for (const url of urls) {
          const response = await attempt(api.get(url, { headers: {} }))
          expect(`${url} → ${response.status}`).toEqual(`${url} → 401`)
        }
        // The customer's bearer token works as well; another customer's gets 404.
        const own = openEventStream(`${baseUrl()}/store/deliveries/${delivery.id}/stream`, store(customer.token).headers)
        expect((await own.response).statusCode).toEqual(200)
        own.close()
        const stranger = await shopper()
        const theirs = await attempt(api.get(`/store/deliveries/${delivery.id}/stream`, store(stranger.token)))
        expect(theirs.status).toEqual(404)
      })
    })

    describe("near notice, stops and pruning", () => {
      it("tells the customer once that the courier is near", async () => {
        const customer = await shopper()
        const { delivery } = await deliveryFor(customer, rider.id, "picked_up")
        const near = { latitude: DROPOFF.latitude - 500 / METRES_PER_DEGREE, longitude: DROPOFF.longitude }
        const response = await post(rider.token, delivery.id, drive(near, 4, 10))
        expect(response.data.delivery.remaining_km).toBeLessThan(0.5)
        await post(rider.token, delivery.id, drive({ latitude: near.latitude + 200 / METRES_PER_DEGREE, longitude: near.longitude }, 2, 10, -1))
        const feed = await eventually(
          "the near notice",
          async () => (await api.get("/store/notifications?limit=100", store(customer.token))).data.notifications as any[],
          (list) => list.some((n) => n.event === "delivery-near")
        )
        await new Promise((resolve) => setTimeout(resolve, 500))
        const notices = ((await api.get("/store/notifications?limit=100", store(customer.token))).data.notifications as any[]).filter((n) => n.event === "delivery-near")
        expect(notices).toHaveLength(1)
        expect(notices[0].body).toMatch(/Omar is near with your order/)
        expect(feed.length).toBeGreaterThan(0)
      })

      it("orders a courier's 3 stops with each pickup before its drop-off, and numbers the deliveries by it", async () => {
        const batcher = await approvedCourier("Yousef")
        await api.post("/courier/me/availability", { status: "online", ...PICKUP }, bearer(batcher.token))
        // On board: a drop-off far north; to collect: a pickup just north and its drop-off between.
        const far = await deliveryFor(await shopper(), batcher.id, "picked_up", { pickup: PICKUP, dropoff: { latitude: 32.68, longitude: 36.1021 } })
        const near = await deliveryFor(await shopper(), batcher.id, "assigned", {
          pickup: { latitude: 32.625, longitude: 36.1021 },
          dropoff: { latitude: 32.64, longitude: 36.1021 },
        })
        const { route } = (await api.get("/courier/route", bearer(batcher.token))).data
        expect(route.provider).toEqual("straight-line")
        expect(route.stops.map((s: any) => `${s.sequence} ${s.kind} ${s.delivery_id === far.delivery.id ? "far" : "near"}`)).toEqual([
          "1 pickup near",
          "2 dropoff near",
          "3 dropoff far",
        ])
        expect(route.total_km).toBeCloseTo((0.68 - 0.6189) * 111.195, 1)

        await move({ ...near.delivery, courier_id: batcher.id }, "assigned", "offered")
        await eventually(
          "stop sequences",
          async () => (await deliveries().listDeliveries({ courier_id: batcher.id }, { select: ["id", "stop_sequence"] })) as any[],
          (list) => list.find((d) => d.id === near.delivery.id)?.stop_sequence === 1 && list.find((d) => d.id === far.delivery.id)?.stop_sequence === 3
        )
        // Other couriers see only their own route.
        expect((await api.get("/courier/route", bearer(otherRider.token))).data.route.stops).toEqual([])
        expect((await attempt(api.get("/courier/route", bearer(admin)))).status).toEqual(401)
      })

      it("prunes points older than the retention", async () => {
        const { delivery } = await deliveryFor(await shopper(), rider.id)
        await deliveries().insertTrackPoints(delivery.id, rider.id, [
          { ...PICKUP, recorded_at: new Date(Date.now() - 40 * 86_400_000) },
          { ...PICKUP, recorded_at: new Date(Date.now() - 1000) },
        ])
        const { pruned } = await pruneTrackPoints(getContainer())
        expect(pruned).toBeGreaterThanOrEqual(1)
        expect(await pointsOf(delivery.id)).toEqual(1)
      })
    })
  },
})

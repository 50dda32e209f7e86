import axios, { type AxiosInstance } from "axios"
import fs from "fs"
import http from "http"
import path from "path"
import os from "os"
import { bearer, courierAction, customerToken, readableHttpErrors, registerCourier, registerVendor } from "../helpers/actors"
import { openEventStream } from "../helpers/sse"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"
import { ROOT, medusa, sharedEnvironment, sql, startInstance, type Instance } from "../helpers/instances"
import { demoAdminCredentials } from "../../src/scripts/demo/seed-demo-marketplace"

jest.setTimeout(15 * 60 * 1000)

const LOGS = path.join(ROOT, ".data", "logs")
const database = `daraa_scale_out_${process.pid}`
const random = (below: number) => Math.floor(Math.random() * below)

/**
 * Scale-out, as docs/deployment.md runs it: two `server` instances and one
 * `worker` on one PostgreSQL database and one Redis (only when REDIS_URL is
 * set; npm test then runs it). Requests go to either server; what one
 * instance does, the others see, and what must happen once happens once.
 */
describe("two servers and a worker on one database and one Redis", () => {
  let a: Instance
  let b: Instance
  let worker: Instance
  let apiA: AxiosInstance
  let apiB: AxiosInstance
  let publishableKey: string
  let admin: string
  // An order the auto-reject job must reject exactly once, placed first so the job's minute passes while the other tests run.
  let unanswered: { orderId: string; placedAt: number }
  let execEnv: NodeJS.ProcessEnv
  let execLog: string

  const client = (instance: Instance, localAddress?: string) => {
    const api = axios.create({
      baseURL: instance.base,
      ...(localAddress ? { httpAgent: new http.Agent({ localAddress }) } : {}),
    })
    readableHttpErrors(api)
    return api
  }

  beforeAll(async () => {
    fs.mkdirSync(LOGS, { recursive: true })
    const log = (name: string) => path.join(LOGS, `scale-out-${name}.log`)
    for (const name of ["setup", "server-a", "server-b", "worker"]) {
      fs.rmSync(log(name), { force: true })
    }
    const template = process.env.DARAA_TEST_TEMPLATE_DB
    await sql("postgres", `drop database if exists "${database}" with (force)`)
    await sql("postgres", template ? `create database "${database}" template "${template}"` : `create database "${database}"`)
    const env = sharedEnvironment(database, {
      REDIS_URL: process.env.REDIS_URL!,
      // Orders not accepted within a minute are rejected by the worker's job.
      VENDOR_ORDER_ACCEPT_MINUTES: "1",
      LOG_LEVEL: "info",
    })
    if (!template) {
      await medusa(["db:migrate"], { ...env, MEDUSA_WORKER_MODE: "server" }, log("setup"))
    }
    // As a server: the events the seed emits wait in Redis for the worker.
    await medusa(["exec", "./src/scripts/seed.ts"], { ...env, MEDUSA_WORKER_MODE: "server" }, log("setup"))
    execEnv = { ...env, MEDUSA_WORKER_MODE: "server" }
    execLog = log("setup")
    ;[a, b, worker] = await Promise.all([
      startInstance("server-a", "server", env, log("server-a")),
      startInstance("server-b", "server", env, log("server-b")),
      startInstance("worker", "worker", env, log("worker")),
    ])
    apiA = client(a)
    apiB = client(b)
    ;[{ token: publishableKey }] = await sql(
      database,
      "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1"
    )
    admin = (await apiA.post("/auth/user/emailpass", demoAdminCredentials())).data.token

    // Placed through server A; nobody accepts it.
    const seller = await sellingVendor(apiA, admin, { name: `Unanswering Grocer ${random(1e6)}` })
    const { cartId, headers } = await marketplaceCart(apiA, publishableKey, [{ variant_id: seller.product.variants[0].id, quantity: 1 }])
    const { data } = await apiA.post(`/store/carts/${cartId}/complete`, {}, headers)
    unanswered = { orderId: data.order_group.orders[0].id, placedAt: Date.now() }
  })

  afterAll(async () => {
    await Promise.all([a, b, worker].filter(Boolean).map((instance) => instance.stop()))
    await sql("postgres", `drop database if exists "${database}" with (force)`).catch(() => undefined)
  })

  it("answers the API on both servers, and only /health on the worker", async () => {
    const store = { "x-publishable-api-key": publishableKey }
    for (const instance of [a, b, worker]) {
      expect((await fetch(`${instance.base}/health`)).status).toEqual(200)
    }
    for (const instance of [a, b]) {
      expect((await fetch(`${instance.base}/store/products?limit=1`, { headers: store })).status).toEqual(200)
    }
    expect((await fetch(`${worker.base}/store/products?limit=1`, { headers: store })).status).toEqual(404)
  })

  it("handles each event exactly once: 20 vendors registered at once across both servers, one review notice each per admin", async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) => registerVendor(i % 2 ? apiB : apiA, { name: `Scale Vendor ${i} ${random(1e6)}` }))
    )
    const ids = created.map((registration) => registration.vendor.id)
    const [{ admins }] = await sql(database, `select count(*)::int as admins from "user" where deleted_at is null`)
    // Each admin's dashboard notice of a vendor waiting for review (Medusa's notification module, feed channel).
    const notices = () =>
      sql(
        database,
        `select substring(data->>'url' from 'ven_[0-9A-Z]+') as vendor_id, count(*)::int as notices from notification
          where channel = 'feed' and data->>'url' like '/app/vendors/ven_%' and substring(data->>'url' from 'ven_[0-9A-Z]+') = any($1)
          group by 1`,
        [ids]
      )
    await eventually("a review notice per vendor", notices, (rows) => rows.length === ids.length, 60_000)
    // A second delivery would arrive later: give it time, then count again.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const rows = await notices()
    expect(rows).toHaveLength(ids.length)
    expect(rows.every((row: any) => row.notices === admins)).toBe(true)
    // Only the worker handled them.
    const handled = (instance: Instance) => (instance.output().match(/Processing vendor\.created/g) ?? []).length
    expect(handled(worker)).toBeGreaterThanOrEqual(ids.length)
    expect([handled(a), handled(b)]).toEqual([0, 0])
  })

  it("completes on server B a checkout begun on server A, and 20 completions across both give one order group", async () => {
    const vendors = await Promise.all(
      ["Busra Mill", "Sheikh Miskin Farm", "Jasim Grocer"].map((name) => sellingVendor(apiA, admin, { name: `${name} ${random(1e6)}` }))
    )
    const { cartId, headers } = await marketplaceCart(
      apiA,
      publishableKey,
      vendors.map((vendor) => ({ variant_id: vendor.product.variants[0].id, quantity: 1 }))
    )
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? apiB : apiA).post(`/store/carts/${cartId}/complete`, {}, headers).then((r) => r, (e) => e.response))
    )
    const succeeded = answers.filter((answer) => answer.status === 200)
    expect(succeeded.length).toBeGreaterThan(0)
    expect(answers.filter((answer) => answer.status !== 200).every((answer) => answer.status === 409)).toBe(true)
    expect(new Set(succeeded.map((answer) => answer.data.order_group.id)).size).toEqual(1)
    const groups = await sql(database, "select id from order_group where cart_id = $1 and deleted_at is null", [cartId])
    expect(groups).toHaveLength(1)
    expect(succeeded[0].data.order_group.orders).toHaveLength(3)
  })

  it("holds the sign-in and phone-code limits across both servers", async () => {
    const { email, password } = await registerVendor(apiA)
    const address = `127.${1 + random(250)}.${random(250)}.${1 + random(250)}`
    const callerA = client(a, address)
    const callerB = client(b, address)
    for (let i = 0; i < 10; i++) {
      const answer = await (i % 2 ? callerB : callerA).post("/auth/vendor/emailpass", { email, password: `wrong-${i}` }).then((r) => r, (e) => e.response)
      expect(answer.status).toEqual(401)
    }
    for (const caller of [callerA, callerB]) {
      expect((await caller.post("/auth/vendor/emailpass", { email, password }).then((r) => r, (e) => e.response)).status).toEqual(429)
    }

    // A phone-code request on one server starts the number's cooldown on the other too.
    const phone = `+96393${String(random(10_000_000)).padStart(7, "0")}`
    const first = await callerA.post("/auth/customer/phone-otp", { phone }).then((r) => r, (e) => e.response)
    expect(first.status).toBeLessThan(300)
    const again = await callerB.post("/auth/customer/phone-otp", { phone }).then((r) => r, (e) => e.response)
    expect(again.status).toEqual(429)
    expect(Number(again.headers["retry-after"])).toBeGreaterThan(0)
  })

  it("serves on server B, at once, what a vendor changed through server A, and the other way round", async () => {
    const { product, token } = await sellingVendor(apiA, admin, { name: `Cached Dairy ${random(1e6)}` })
    const store = { headers: { "x-publishable-api-key": publishableKey } }
    const read = async (api: AxiosInstance) => (await api.get(`/store/products/${product.id}`, store)).data.product.title
    // Both servers share one cache (Redis): what A read, B answers from it (once the
    // worker has handled the events of the vendor's set-up, which invalidate too).
    const sharedHit = await eventually(
      "server B to answer from what server A cached",
      async () => {
        await read(apiA)
        return (await apiB.get(`/store/products/${product.id}`, store)).headers["x-cache"]
      },
      (outcome) => outcome === "HIT",
      30_000
    )
    expect(sharedHit).toEqual("HIT")

    await apiA.post(`/vendor/products/${product.id}`, { title: "Changed through A" }, bearer(token))
    expect(await read(apiB)).toEqual("Changed through A")
    await apiB.post(`/vendor/products/${product.id}`, { title: "Changed through B" }, bearer(token))
    expect(await read(apiA)).toEqual("Changed through B")
    expect(await read(apiB)).toEqual("Changed through B")
  })

  it("streams to a customer watching on server A the points a courier posts to server B", async () => {
    const { token: courierToken, courier } = await registerCourier(apiB, { first_name: "Omar", phone: `+9639440${String(random(1e5)).padStart(5, "0")}` })
    await courierAction(apiA, admin, courier.id, "approve")
    const shopper = await customerToken(apiA, publishableKey, `watcher-${random(1e9)}@example.com`)
    const store = { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${shopper}` } }
    const { data: me } = await apiA.get("/store/customers/me", store)
    const seller = await sellingVendor(apiA, admin, { name: `Tracked Grocer ${random(1e6)}` })
    const { cartId, headers } = await marketplaceCart(apiA, publishableKey, [{ variant_id: seller.product.variants[0].id, quantity: 1 }], shopper)
    const { data } = await apiA.post(`/store/carts/${cartId}/complete`, {}, headers)
    const order = data.order_group.orders[0]

    // A picked-up delivery of that order for the courier, as dispatch would make it (the tracking benchmark's script).
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "daraa-scale-out-"))
    fs.writeFileSync(path.join(directory, "in.json"), JSON.stringify({ courier_id: courier.id, orders: [{ id: order.id, vendor_id: seller.vendor.id, customer_id: me.customer.id }] }))
    await medusa(["exec", path.join("bench", "tracking-deliveries.ts"), path.join(directory, "in.json"), path.join(directory, "out.json")], execEnv, execLog)
    const [deliveryId] = JSON.parse(fs.readFileSync(path.join(directory, "out.json"), "utf8"))
    fs.rmSync(directory, { recursive: true, force: true })

    const stream = openEventStream(`${a.base}/store/deliveries/${deliveryId}/stream`, store.headers)
    try {
      expect((await stream.response).statusCode).toEqual(200)
      const now = Date.now()
      const points = [0, 1, 2].map((i) => ({
        latitude: 32.62 + i * 0.0005,
        longitude: 36.1021,
        recorded_at: new Date(now - (2 - i) * 5000).toISOString(),
        accuracy: 8,
      }))
      await apiB.post(`/courier/deliveries/${deliveryId}/locations`, { points }, bearer(courierToken))
      const [position] = await stream.waitFor((event) => event.event === "position" && event.data?.latitude === points[2].latitude, 1, 15_000)
      expect(position.data).toEqual(expect.objectContaining({ latitude: points[2].latitude, longitude: points[2].longitude }))
    } finally {
      stream.close()
    }
  })

  it("runs the auto-reject job once per tick, on the worker only: the unaccepted order is rejected once", async () => {
    const rejected = () =>
      sql(
        database,
        `select count(*)::int as rejections from vendor_order_status_change
          where order_id = $1 and to_status = 'rejected' and deleted_at is null`,
        [unanswered.orderId]
      )
    // Overdue one minute after it was placed; the job runs every minute.
    await eventually("the unaccepted order's rejection", rejected, (rows) => rows[0].rejections > 0, 180_000)
    // Each tick ran once, in one process: no order of this run was rejected twice, and only the worker ran the job.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect((await rejected())[0].rejections).toEqual(1)
    const [{ most }] = await sql(
      database,
      `select coalesce(max(rejections), 0)::int as most from (select count(*) as rejections from vendor_order_status_change
          where to_status = 'rejected' and deleted_at is null group by order_id) as per_order`
    )
    expect(most).toEqual(1)
    const runs = (instance: Instance) => (instance.output().match(/Rejected [1-9]\d* vendor order\(s\) not accepted in time/g) ?? []).length
    // The job logs once it has worked through every overdue order of the tick, which on a slow machine is
    // a while after this one's rejection was written, as the other tests' orders fall due in the same tick.
    await eventually("the worker's log of its run", async () => runs(worker), (count) => count > 0, 120_000)
    expect([runs(a), runs(b)]).toEqual([0, 0])
  })
})

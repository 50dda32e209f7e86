import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules, ProductEvents } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import axios from "axios"
import http from "http"
import Redis from "ioredis"
import { CATALOG_CACHE_MODULE } from "../../src/modules/catalog-cache"
import type CatalogCacheModuleService from "../../src/modules/catalog-cache/service"
import { RedisScopeVersions } from "../../src/modules/catalog-cache/versions"
import { OTP_MODULE } from "../../src/modules/otp"
import { SECURITY_MODULE } from "../../src/modules/security"
import { RedisRateLimitCounters } from "../../src/modules/security/counters/redis-counters"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, readableHttpErrors, registerVendor } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"

jest.setTimeout(240 * 1000)

const random = (below: number) => Math.floor(Math.random() * below)

/**
 * Runs only when REDIS_URL is set (npm test skips it otherwise): one app,
 * booted once for all three parts, on Medusa's Redis modules.
 * - Events, locks and the Caching Module live in Redis.
 * - The sign-in and phone-code limits count in Redis, where every server
 *   instance sees the same counts, and not in PostgreSQL.
 * - The split checkout runs on the Redis workflow engine and locking, as it
 *   does when scaled out: workflow state is stored in Redis between steps, and
 *   the cart lock is a Redis lock that every instance sees.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("Medusa's modules on Redis", () => {
      it("registers the Redis event bus, workflow engine and Caching Module provider", () => {
        const container = getContainer()
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toEqual("RedisEventBusService")
        // Both workflow engines name their service alike; only the Redis one holds a Redis handle.
        expect((container.resolve(Modules.WORKFLOW_ENGINE) as any).redisDisconnectHandler_).toBeDefined()
        expect((container.resolve(Modules.CACHING) as any).defaultProviderId).toEqual("caching-redis")
      })

      it("keeps catalog responses and their versions in Redis, where a write on another instance makes them unreachable here", async () => {
        const container = getContainer()
        const catalog = container.resolve<CatalogCacheModuleService>(CATALOG_CACHE_MODULE)
        const caching = container.resolve(Modules.CACHING) as any
        const redis = new Redis(process.env.REDIS_URL!)
        // Another server's view of the same Redis.
        const otherInstance = new RedisScopeVersions(process.env.REDIS_URL!)
        try {
          const key = `daraa:http:redis-suite-${Date.now()}`
          await caching.set({ key, data: { body: "{}", etag: '"e"' }, tags: ["daraa:catalog:products"] })
          expect((await redis.keys("daraa:cache:*")).length).toBeGreaterThan(0)
          expect(await caching.get({ key })).toEqual({ body: "{}", etag: '"e"' })

          const before = await catalog.versionOf(["products", "regions"])
          await otherInstance.bump(["products"])
          const after = await catalog.versionOf(["products", "regions"])
          expect(after).not.toEqual(before)
          expect(after.split(",")[1]).toEqual(before.split(",")[1])
        } finally {
          await otherInstance.close()
          redis.disconnect()
        }
      })

      it("takes locks in Redis, where another instance would see them", async () => {
        const locking = getContainer().resolve(Modules.LOCKING)
        const redis = new Redis(process.env.REDIS_URL!)
        const key = `redis-suite-${Date.now()}`
        try {
          await locking.acquire(key, { expire: 30 })
          expect(await redis.keys(`*${key}*`)).toHaveLength(1)
          await locking.release(key)
          expect(await redis.keys(`*${key}*`)).toHaveLength(0)
        } finally {
          redis.disconnect()
        }
      })

      it("delivers an event emitted in a workflow to a subscriber", async () => {
        const container = getContainer()
        const eventBus = container.resolve(Modules.EVENT_BUS)

        const received = new Promise<{ id: string }>((resolve) => {
          eventBus.subscribe(
            ProductEvents.PRODUCT_CREATED,
            async (event: any) => resolve(event.data),
            { subscriberId: "redis-suite-product-created" }
          )
        })

        const { result } = await createProductsWorkflow(container).run({
          input: { products: [{ title: "Redis-carried product", options: [{ title: "Size", values: ["One"] }] }] },
        })

        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("product.created never reached the subscriber")), 30000)
        )
        const data = await Promise.race([received, timeout])
        expect(data.id).toEqual(result[0].id)
      })
    })

    describe("limits", () => {
      it("counts sign-ins and code requests in Redis, where another instance's counts and clears hold too", async () => {
        const container = getContainer()
        expect(container.resolve<any>(SECURITY_MODULE).counterStore).toEqual("redis")
        expect(container.resolve<any>(OTP_MODULE).counterStore).toEqual("redis")

        const redis = new Redis(process.env.REDIS_URL!)
        // Another server's counters, on the same Redis.
        const otherInstance = new RedisRateLimitCounters(process.env.REDIS_URL!, "daraa:security:")
        const pg = container.resolve("__pg_connection__") as any
        // Redis outlives this run's database: a caller address and a number of this run's own.
        const address = `127.${1 + random(250)}.${random(250)}.${1 + random(250)}`
        const phone = `+96394${String(random(10_000_000)).padStart(7, "0")}`
        const caller = axios.create({
          baseURL: String(api.defaults.baseURL).replace("localhost", "127.0.0.1"),
          httpAgent: new http.Agent({ localAddress: address }),
          validateStatus: () => true,
        })
        const created: string[] = []
        try {
          const { email, password } = await registerVendor(api)
          const identityKey = `daraa:security:login:identity:${email}`
          for (let i = 0; i < 10; i++) {
            expect((await caller.post("/auth/vendor/emailpass", { email, password: `wrong-${i}` })).status).toEqual(401)
          }
          created.push(identityKey, ...(await redis.keys(`daraa:security:login:ip:*${address}`)))
          expect(await redis.get(identityKey)).toEqual("10")
          expect(await redis.pttl(identityKey)).toBeGreaterThan(0)
          expect(await redis.pttl(identityKey)).toBeLessThanOrEqual(15 * 60 * 1000)
          expect(created).toHaveLength(2)
          expect(await redis.get(created[1])).toEqual("10")

          const limited = await caller.post("/auth/vendor/emailpass", { email, password })
          expect(limited.status).toEqual(429)
          expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
          expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(15 * 60)
          const { rows } = await pg.raw("select count(*)::int as count from rate_limit_counter")
          expect(rows[0].count).toEqual(0)

          // What another instance clears, this one sees: the right password signs in again.
          await otherInstance.clear(`login:identity:${email}`)
          expect((await caller.post("/auth/vendor/emailpass", { email, password })).status).toEqual(200)
          expect(await redis.exists(identityKey)).toEqual(0)

          // Phone codes: the number's cooldown, budget and the caller's budget are Redis keys.
          expect((await caller.post("/auth/customer/phone-otp", { phone })).status).toEqual(200)
          created.push(...(await redis.keys(`daraa:otp:*${phone}*`)), ...(await redis.keys(`daraa:otp:ip:*${address}`)))
          expect(created.filter((key) => key.startsWith("daraa:otp:")).map((key) => key.split(":")[2]).sort()).toEqual([
            "cooldown",
            "ip",
            "phone",
          ])
          const again = await caller.post("/auth/customer/phone-otp", { phone })
          expect(again.status).toEqual(429)
          expect(again.data.message).toContain("wait")
          const otp = await pg.raw("select count(*)::int as count from otp_rate_limit")
          expect(otp.rows[0].count).toEqual(0)
        } finally {
          if (created.length) await redis.del(...created)
          await otherInstance.close()
          redis.disconnect()
        }
      })
    })

    describe("the split checkout", () => {
      it("completes a 3-vendor cart once under parallel requests, with totals adding up to the one capture", async () => {
        readableHttpErrors(api)
        const { publishableKey } = await seedDemoMarketplace(getContainer())
        const admin = await adminToken(api)
        const vendors = await Promise.all(["Busra Mill", "Sheikh Miskin Farm", "Jasim Grocer"].map((name) => sellingVendor(api, admin, { name })))
        const { cartId, cart, headers } = await marketplaceCart(
          api,
          publishableKey,
          vendors.map((vendor) => ({ variant_id: vendor.product.variants[0].id, quantity: 2 }))
        )

        const answers = await Promise.all(Array.from({ length: 5 }, () => attempt(api.post(`/store/carts/${cartId}/complete`, {}, headers))))
        const succeeded = answers.filter((answer) => answer.status === 200)
        expect(succeeded.length).toBeGreaterThan(0)
        expect(answers.filter((answer) => answer.status !== 200).every((answer) => answer.status === 409)).toBe(true)
        expect(new Set(succeeded.map((answer) => answer.data.order_group.id)).size).toEqual(1)

        const orders = succeeded[0].data.order_group.orders
        expect(orders.map((order: any) => order.vendor.id).sort()).toEqual(vendors.map((vendor) => vendor.vendor.id).sort())
        const sum = orders.reduce((total: any, order: any) => MathBN.add(total, order.total), MathBN.convert(0))
        expect(MathBN.eq(sum, cart.total)).toBe(true)

        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order_group",
            fields: ["id", "orders.id", "payment_collection.payments.captures.id"],
            filters: { cart_id: cartId },
          })
        expect(data).toHaveLength(1)
        expect((data[0] as any).orders).toHaveLength(3)
        expect((data[0] as any).payment_collection.payments[0].captures).toHaveLength(1)

        // A vendor's reject refunds its share through the same Redis-backed workflows.
        const rejected = await api.post(`/vendor/orders/${orders[0].id}/reject`, { reason: "Closed for Eid" }, bearer(vendorOf(orders[0]).token))
        expect(rejected.data.order.vendor_status).toEqual("rejected")

        function vendorOf(order: any) {
          return vendors.find((vendor) => vendor.vendor.id === order.vendor.id)!
        }
      })
    })
  },
})

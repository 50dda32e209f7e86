import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import axios from "axios"
import http from "http"
import Redis from "ioredis"
import { OTP_MODULE } from "../../src/modules/otp"
import { SECURITY_MODULE } from "../../src/modules/security"
import { RedisRateLimitCounters } from "../../src/modules/security/counters/redis-counters"
import { registerVendor } from "../helpers/actors"

jest.setTimeout(180 * 1000)

const random = (below: number) => Math.floor(Math.random() * below)

/**
 * With REDIS_URL the sign-in and phone-code limits count in Redis, where every
 * server instance sees the same counts, and not in PostgreSQL.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
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
  },
})

import Redis from "ioredis"
import { randomUUID } from "crypto"
import { RedisRateLimitCounters } from "../../src/modules/security/counters/redis-counters"

jest.setTimeout(30 * 1000)

/**
 * The Redis counters behind the sign-in and phone-code limits, without the app:
 * two instances' counters on one Redis count together, atomically, and forget
 * with their window.
 */
describe("Redis rate-limit counters", () => {
  const namespace = `daraa:counters-spec-${randomUUID()}:`
  const first = new RedisRateLimitCounters(process.env.REDIS_URL!, namespace)
  const second = new RedisRateLimitCounters(process.env.REDIS_URL!, namespace)
  const redis = new Redis(process.env.REDIS_URL!)

  afterAll(async () => {
    const keys = await redis.keys(`${namespace}*`)
    if (keys.length) await redis.del(...keys)
    await Promise.all([first.close(), second.close()])
    redis.disconnect()
  })

  it("counts every hit once under parallel hits from two instances, and expires with the window", async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? second : first).hit("login:ip:10.0.0.1", 60)))
    expect(answers.map((answer) => answer.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(answers.every((answer) => answer.seconds_left > 0 && answer.seconds_left <= 60)).toBe(true)
    expect(await redis.get(`${namespace}login:ip:10.0.0.1`)).toEqual("40")
    const ttl = await redis.pttl(`${namespace}login:ip:10.0.0.1`)
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it("starts a new window once the last one has ended", async () => {
    await first.hit("cooldown:+963944000001", 1)
    expect((await second.hit("cooldown:+963944000001", 1)).hits).toEqual(2)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await second.peek("cooldown:+963944000001")).toEqual({ hits: 0, seconds_left: 0 })
    expect((await first.hit("cooldown:+963944000001", 1)).hits).toEqual(1)
  })

  it("peeks without counting, takes back never below zero, and clears", async () => {
    const key = "verify:+963944000002:10.0.0.2"
    await first.hit(key, 60)
    await first.hit(key, 60)
    expect((await second.peek(key)).hits).toEqual(2)
    expect((await second.peek(key)).hits).toEqual(2)
    for (let i = 0; i < 3; i++) await second.takeBack(key)
    expect((await first.peek(key)).hits).toEqual(0)
    expect(await redis.pttl(`${namespace}${key}`)).toBeGreaterThan(0)
    await first.clear(key)
    expect(await redis.exists(`${namespace}${key}`)).toEqual(0)
  })
})

import Redis from "ioredis"
import { randomUUID } from "crypto"
import type { TrackingEvent } from "../../src/modules/live-tracking/feed"
import { RedisTrackingFeed } from "../../src/modules/live-tracking/redis-feed"

jest.setTimeout(30 * 1000)

/**
 * Live tracking's fan-out across instances, without the app: two server
 * instances' feeds on one Redis. A watcher on one hears a point posted to the
 * other, ids are shared, and a watcher reconnecting to either replays the same.
 */
describe("the Redis tracking feed", () => {
  const prefix = `daraa:tracking-spec-${randomUUID()}:`
  const first = new RedisTrackingFeed(process.env.REDIS_URL!, { replay_size: 3, ttl_seconds: 60 }, prefix)
  const second = new RedisTrackingFeed(process.env.REDIS_URL!, { replay_size: 3, ttl_seconds: 60 }, prefix)
  const redis = new Redis(process.env.REDIS_URL!)

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) await redis.del(...keys)
    await Promise.all([first.close(), second.close()])
    redis.disconnect()
  })

  it("fans an event out to watchers on every instance, with one sequence of ids", async () => {
    const heard: Record<string, TrackingEvent[]> = { first: [], second: [] }
    const stopFirst = await first.listen("dlv_a", (event) => heard.first.push(event))
    const stopSecond = await second.listen("dlv_a", (event) => heard.second.push(event))
    await first.publish("dlv_a", "status", { status: "picked_up" })
    await second.publish("dlv_a", "position", { latitude: 32.6, longitude: 36.1 })
    await first.publish("dlv_b", "status", { status: "assigned" })
    const deadline = Date.now() + 5000
    while ((heard.first.length < 2 || heard.second.length < 2) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const expected = [
      { id: 1, type: "status", data: { status: "picked_up" } },
      { id: 2, type: "position", data: { latitude: 32.6, longitude: 36.1 } },
    ]
    expect(heard.first).toEqual(expected)
    expect(heard.second).toEqual(expected)
    stopFirst()
    stopSecond()
  })

  it("replays the same missed events from either instance, and knows when the log has moved past them", async () => {
    for (let i = 1; i <= 4; i++) {
      await (i % 2 ? first : second).publish("dlv_c", "position", { step: i })
    }
    expect(await first.since("dlv_c", 2)).toEqual(await second.since("dlv_c", 2))
    expect(await second.since("dlv_c", 2)).toEqual({
      events: [
        { id: 3, type: "position", data: { step: 3 } },
        { id: 4, type: "position", data: { step: 4 } },
      ],
      complete: true,
      head: 4,
    })
    // Only 3 are kept: id 1 is gone, so a watcher that last saw nothing needs the current state instead.
    expect((await first.since("dlv_c", 0)).complete).toBe(false)
  })

  it("publishes an ETA only when it moved by more than the margin, whichever instance asks", async () => {
    expect(await first.publishEta("dlv_d", 1_000_000, { eta: "a" }, 60_000)).toEqual({ id: 1, type: "eta", data: { eta: "a" } })
    expect(await second.publishEta("dlv_d", 1_030_000, { eta: "b" }, 60_000)).toBeNull()
    expect(await second.publishEta("dlv_d", 1_061_000, { eta: "c" }, 60_000)).toEqual({ id: 2, type: "eta", data: { eta: "c" } })
  })
})

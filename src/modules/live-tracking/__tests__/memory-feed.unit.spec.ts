import { replayFrom } from "../feed"
import { MemoryTrackingFeed } from "../memory-feed"

describe("a delivery's in-process tracking feed", () => {
  it("numbers events per delivery, calls listeners, and replays what a reconnecting watcher missed", async () => {
    const feed = new MemoryTrackingFeed({ replay_size: 3, ttl_seconds: 60 })
    const heard: number[] = []
    const stop = await feed.listen("dlv_1", (event) => heard.push(event.id))
    await feed.publish("dlv_1", "status", { status: "picked_up" })
    await feed.publish("dlv_2", "status", { status: "assigned" })
    await feed.publish("dlv_1", "position", { latitude: 1, longitude: 2 })
    stop()
    await feed.publish("dlv_1", "position", { latitude: 1.1, longitude: 2 })
    expect(heard).toEqual([1, 2])
    expect((await feed.since("dlv_2", 0)).events.map((e) => e.id)).toEqual([1])

    expect(await feed.since("dlv_1", 2)).toEqual({ events: [{ id: 3, type: "position", data: { latitude: 1.1, longitude: 2 } }], complete: true, head: 3 })
    await feed.publish("dlv_1", "status", { status: "delivered" })
    // Only 3 are kept: after id 1, ids 2..4 are there; after 0, id 1 is gone.
    expect((await feed.since("dlv_1", 1)).complete).toBe(true)
    expect((await feed.since("dlv_1", 0)).complete).toBe(false)
    // An id from before a restart, ahead of this feed: not complete either.
    expect((await feed.since("dlv_1", 40)).complete).toBe(false)
  })

  it("publishes an ETA only when it moved by more than the margin", async () => {
    const feed = new MemoryTrackingFeed({ replay_size: 10, ttl_seconds: 60 })
    expect(await feed.publishEta("dlv_1", 1_000_000, { eta: "a" }, 60_000)).toEqual({ id: 1, type: "eta", data: { eta: "a" } })
    expect(await feed.publishEta("dlv_1", 1_059_000, { eta: "b" }, 60_000)).toBeNull()
    expect(await feed.publishEta("dlv_1", 939_000, { eta: "c" }, 60_000)).toEqual({ id: 2, type: "eta", data: { eta: "c" } })
  })

  it("says a replay is complete only when nothing after the id is gone", () => {
    const log = [3, 4, 5].map((id) => ({ id, type: "eta" as const, data: {} }))
    expect(replayFrom(log, 5, 5)).toEqual({ events: [], complete: true, head: 5 })
    expect(replayFrom(log, 5, 2).complete).toBe(true)
    expect(replayFrom(log, 5, 1).complete).toBe(false)
    expect(replayFrom([], 0, 0).complete).toBe(true)
  })
})

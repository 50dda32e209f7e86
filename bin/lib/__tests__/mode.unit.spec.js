const { describeMode } = require("../mode")

describe("describeMode", () => {
  it("says a newcomer's start is all in one process, and how to change that", () => {
    expect(describeMode({ database: "the embedded PostgreSQL" })).toEqual(
      "running on the embedded PostgreSQL, with events, workflows, cache, locks and sessions in this process (set REDIS_URL to share them through Redis)"
    )
  })

  it("names the Redis host and never its password", () => {
    const line = describeMode({ database: "PostgreSQL at db:5432", redisUrl: "redis://:secret@cache.internal:6380" })
    expect(line).toEqual("running on PostgreSQL at db:5432, with events, workflows, cache and locks in Redis at cache.internal:6380")
    expect(line).not.toContain("secret")
  })

  it("says which half of a scaled-out deployment this process is", () => {
    expect(describeMode({ database: "PostgreSQL at db:5432", redisUrl: "redis://cache", workerMode: "worker" })).toMatch(
      /in Redis at cache:6379, as a worker for subscribers, jobs and workflows \(MEDUSA_WORKER_MODE=worker\)$/
    )
  })
})

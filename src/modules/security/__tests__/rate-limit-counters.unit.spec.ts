import { rateLimitCounters } from "../counters"

describe("rateLimitCounters", () => {
  it("keeps counters in Redis, under the module's namespace, when a Redis URL is given", async () => {
    const counters = rateLimitCounters({ redis_url: "redis://127.0.0.1:1", namespace: "otp", table: "otp_rate_limit", id_prefix: "otprl" })
    expect(counters.store).toEqual("redis")
    expect((counters as any).prefix).toEqual("daraa:otp:")
    // Connects lazily: nothing was opened, so closing is immediate.
    await counters.close()
  })

  it("keeps counters in the module's table without one", () => {
    for (const redis_url of [undefined, ""]) {
      const counters = rateLimitCounters({ redis_url, namespace: "security", table: "rate_limit_counter", id_prefix: "rlc" })
      expect(counters.store).toEqual("postgres")
    }
  })
})

describe("medusa-config", () => {
  const previous = process.env.REDIS_URL
  afterEach(() => {
    if (previous === undefined) delete process.env.REDIS_URL
    else process.env.REDIS_URL = previous
  })

  const moduleOptions = (name: string) => {
    let config: any
    jest.isolateModules(() => {
      config = require("../../../../medusa-config")
    })
    return config.modules[name].options
  }

  it("hands REDIS_URL to the sign-in and phone-code limits, so they count in Redis", () => {
    process.env.REDIS_URL = "redis://limits.internal:6379"
    expect(moduleOptions("security").redis_url).toEqual("redis://limits.internal:6379")
    expect(moduleOptions("otp").redis_url).toEqual("redis://limits.internal:6379")
  })

  it("leaves them in PostgreSQL without REDIS_URL", () => {
    delete process.env.REDIS_URL
    expect(moduleOptions("security").redis_url).toBeUndefined()
    expect(moduleOptions("otp").redis_url).toBeUndefined()
  })
})

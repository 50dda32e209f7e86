import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, ProductEvents } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import Redis from "ioredis"

jest.setTimeout(180 * 1000)

/**
 * Runs only when REDIS_URL is set (npm test skips it otherwise): the app boots
 * on Medusa's Redis modules, and an event emitted inside a workflow travels
 * through Redis to a subscriber.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    it("registers the Redis event bus, workflow engine and cache", () => {
      const container = getContainer()
      expect(container.resolve(Modules.EVENT_BUS).constructor.name).toEqual("RedisEventBusService")
      // Both workflow engines name their service alike; only the Redis one holds a Redis handle.
      expect((container.resolve(Modules.WORKFLOW_ENGINE) as any).redisDisconnectHandler_).toBeDefined()
      expect(container.resolve(Modules.CACHE).constructor.name).toEqual("RedisCacheService")
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
  },
})

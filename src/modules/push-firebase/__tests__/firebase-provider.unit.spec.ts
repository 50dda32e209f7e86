import { FirebasePushNotificationService, INVALID_PUSH_TOKEN_MARKER, type PushMessagingClient } from "../service"

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() } as any

function firebaseError(code: string) {
  return Object.assign(new Error(`Firebase said ${code}`), { code })
}

const push = (to: string) =>
  ({ to, channel: "push", template: "order-placed", content: { subject: "Order received", text: "Thanks" }, data: { event: "order-placed", count: 2 } }) as any

describe("the push-firebase provider", () => {
  it("sends title, body and string data to the device token", async () => {
    const messaging: PushMessagingClient = { send: jest.fn().mockResolvedValue("projects/p/messages/1") }
    const provider = new FirebasePushNotificationService({ logger }, { messaging })
    expect(await provider.send(push("device-1"))).toEqual({ id: "projects/p/messages/1" })
    expect(messaging.send).toHaveBeenCalledWith({
      token: "device-1",
      notification: { title: "Order received", body: "Thanks" },
      data: { event: "order-placed", count: "2" },
    })
  })

  it.each(["messaging/registration-token-not-registered", "messaging/invalid-registration-token"])(
    "marks %s as an invalid token so the device is pruned",
    async (code) => {
      const provider = new FirebasePushNotificationService({ logger }, { messaging: { send: jest.fn().mockRejectedValue(firebaseError(code)) } })
      await expect(provider.send(push("stale"))).rejects.toThrow(INVALID_PUSH_TOKEN_MARKER)
    }
  )

  it("reports other failures as retryable errors, without the invalid-token mark", async () => {
    const provider = new FirebasePushNotificationService(
      { logger },
      { messaging: { send: jest.fn().mockRejectedValue(firebaseError("messaging/internal-error")) } }
    )
    const error = await provider.send(push("device-1")).catch((e) => e)
    expect(error.message).toMatch(/messaging\/internal-error/)
    expect(error.message).not.toContain(INVALID_PUSH_TOKEN_MARKER)
  })

  it("needs credentials when no client is given", () => {
    expect(() => new FirebasePushNotificationService({ logger }, { project_id: "p" })).toThrow(/client_email/)
  })
})

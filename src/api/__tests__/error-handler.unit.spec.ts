import { MedusaError } from "@medusajs/framework/utils"
import { daraaErrorHandler, LOCK_RETRY_AFTER_SECONDS } from "../error-handler"

function response() {
  const sent: { status?: number; body?: any; headers: Record<string, string> } = { headers: {} }
  const res: any = {
    setHeader: (name: string, value: string) => (sent.headers[name.toLowerCase()] = value),
    status: (code: number) => {
      sent.status = code
      return res
    },
    json: (body: unknown) => {
      sent.body = body
      return res
    },
  }
  return { res, sent }
}

describe("daraaErrorHandler", () => {
  it("answers a lock timeout, as Medusa's Locking Module throws it or as a workflow carries it, with 409 and Retry-After", () => {
    for (const error of [
      new Error("Timed-out acquiring lock."),
      { name: "Error", message: "Timed-out acquiring lock.", stack: "" },
      // Two writes to one cart at once: the in-process provider's plain Error, and the Redis provider's conflict.
      new Error('Failed to acquire lock for key "cart_01"'),
      new MedusaError(MedusaError.Types.CONFLICT, 'Failed to acquire lock for key "cart_01"'),
    ]) {
      const { res, sent } = response()
      const next = jest.fn()
      daraaErrorHandler(error, {} as any, res, next)
      expect(next).not.toHaveBeenCalled()
      expect(sent.status).toEqual(409)
      expect(sent.headers["retry-after"]).toEqual(String(LOCK_RETRY_AFTER_SECONDS))
      expect(sent.body).toEqual({ type: MedusaError.Types.CONFLICT, code: "invalid_state_error", message: expect.stringContaining("Try again") })
    }
  })

  it("keeps a conflict's own message, and leaves other errors to Medusa's handler", () => {
    const { res, sent } = response()
    daraaErrorHandler(new MedusaError(MedusaError.Types.CONFLICT, "A vendor that is rejected cannot be suspended."), {} as any, res, jest.fn())
    expect([sent.status, sent.body.message]).toEqual([409, "A vendor that is rejected cannot be suspended."])
  })
})

import { DEFAULT_PAYOUT_SCHEDULE, isCronExpression, nextPayoutRun } from "../payout-schedule"
import { stripePayoutOutcome } from "../stripe-events"

describe("the payout schedule", () => {
  it("runs weekly by default, on the next Monday at 06:00", () => {
    const next = nextPayoutRun(DEFAULT_PAYOUT_SCHEDULE, new Date(2026, 11, 2, 12, 0))
    expect([next.getDay(), next.getHours(), next.getMinutes(), next.getDate()]).toEqual([1, 6, 0, 7])
  })

  it("follows PAYOUT_SCHEDULE", () => {
    const next = nextPayoutRun("30 9 1 * *", new Date(2026, 11, 2, 12, 0))
    expect([next.getMonth(), next.getDate(), next.getHours(), next.getMinutes()]).toEqual([0, 1, 9, 30])
  })

  it("tells a cron expression from anything else", () => {
    expect(isCronExpression("0 6 * * 1")).toBe(true)
    expect(isCronExpression("weekly")).toBe(false)
    expect(isCronExpression("99 6 * * 1")).toBe(false)
  })
})

describe("stripePayoutOutcome", () => {
  const transfer = { id: "tr_1", object: "transfer", metadata: { payout_id: "po_1" }, reversed: false }

  it("reads a transfer that went through as paid, and a failed or reversed one as failed with a reason", () => {
    expect(stripePayoutOutcome({ id: "evt_1", type: "transfer.paid", data: { object: transfer } })).toEqual({ kind: "paid", payout_id: "po_1", transfer_id: "tr_1" })
    expect(stripePayoutOutcome({ id: "evt_2", type: "transfer.failed", data: { object: { ...transfer, failure_message: "account closed" } } })).toMatchObject({
      kind: "failed",
      reason: "Stripe could not complete the transfer: account closed.",
    })
    expect(stripePayoutOutcome({ id: "evt_3", type: "transfer.reversed", data: { object: { ...transfer, reversed: true } } })).toMatchObject({ kind: "failed" })
  })

  it("ignores events about anything but a payout's transfer", () => {
    expect(stripePayoutOutcome({ id: "evt_4", type: "transfer.paid", data: { object: { ...transfer, metadata: {} } } })).toBeNull()
    expect(stripePayoutOutcome({ id: "evt_5", type: "payment_intent.succeeded", data: { object: { id: "pi_1", object: "payment_intent" } } })).toBeNull()
  })
})

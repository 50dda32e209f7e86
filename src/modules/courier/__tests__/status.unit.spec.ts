import { MedusaError } from "@medusajs/framework/utils"
import { COURIER_EVENTS, COURIER_TRANSITIONS, courierStatusUpdate, mayBeOnline, nextCourierStatus, type CourierAction, type CourierStatus } from "../status"

const STATUSES: CourierStatus[] = ["pending", "active", "rejected", "suspended"]
const ACTIONS: CourierAction[] = ["approve", "reject", "suspend", "reinstate"]

describe("courier status", () => {
  it.each([
    ["pending", "approve", "active"],
    ["rejected", "approve", "active"],
    ["pending", "reject", "rejected"],
    ["active", "suspend", "suspended"],
    ["suspended", "reinstate", "active"],
  ] as const)("a %s courier that is %sd becomes %s", (from, action, to) => {
    expect(nextCourierStatus(from, action)).toEqual(to)
  })

  it("refuses every other move with a 409 naming both statuses", () => {
    const refused = STATUSES.flatMap((from) => ACTIONS.map((action) => [from, action] as const)).filter(
      ([from, action]) => !COURIER_TRANSITIONS[action].from.includes(from)
    )
    expect(refused).toHaveLength(11)
    for (const [from, action] of refused) {
      let error: any
      try {
        nextCourierStatus(from, action)
      } catch (thrown) {
        error = thrown
      }
      expect(error).toBeInstanceOf(MedusaError)
      expect(error.type).toEqual(MedusaError.Types.CONFLICT)
      expect(error.message).toContain(`A courier that is ${from} cannot be`)
    }
    expect(() => nextCourierStatus("active", "approve")).toThrow(
      "A courier that is active cannot be approved; only a pending or rejected courier can."
    )
  })

  it("emits one typed event per action, and lets only an active courier be online", () => {
    expect(COURIER_EVENTS).toEqual({
      approve: "courier.approved",
      reject: "courier.rejected",
      suspend: "courier.suspended",
      reinstate: "courier.reinstated",
    })
    expect(STATUSES.filter(mayBeOnline)).toEqual(["active"])
    expect(courierStatusUpdate("active")).toEqual({ status: "active" })
    expect(courierStatusUpdate("suspended")).toEqual({ status: "suspended", availability: "offline" })
    expect(courierStatusUpdate("rejected")).toEqual({ status: "rejected", availability: "offline" })
  })
})

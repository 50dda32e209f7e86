import { MedusaError } from "@medusajs/framework/utils"
import { assertDeliveryMove, DELIVERY_EVENTS, DELIVERY_TRANSITIONS, mayMoveDelivery } from "../delivery-status"
import { DELIVERY_STATUSES, type DeliveryStatus } from "../models/delivery"

/** Every move a delivery may make. */
const ALLOWED: [DeliveryStatus, DeliveryStatus][] = [
  ["pending", "offered"],
  ["pending", "assigned"],
  ["pending", "cancelled"],
  ["offered", "pending"],
  ["offered", "assigned"],
  ["offered", "cancelled"],
  ["assigned", "assigned"],
  ["assigned", "picked_up"],
  ["assigned", "cancelled"],
  ["picked_up", "delivered"],
  ["picked_up", "failed"],
]

describe("delivery transitions", () => {
  it.each(ALLOWED)("moves %s to %s", (from, to) => {
    expect(mayMoveDelivery(from, to)).toBe(true)
    expect(() => assertDeliveryMove(from, to)).not.toThrow()
  })

  it("refuses every other move with a 409 naming both statuses", () => {
    const allowed = new Set(ALLOWED.map(([from, to]) => `${from}>${to}`))
    for (const from of DELIVERY_STATUSES) {
      for (const to of DELIVERY_STATUSES) {
        if (allowed.has(`${from}>${to}`)) {
          continue
        }
        let error: MedusaError | null = null
        try {
          assertDeliveryMove(from, to)
        } catch (thrown) {
          error = thrown as MedusaError
        }
        expect([from, to, error?.type]).toEqual([from, to, MedusaError.Types.CONFLICT])
        expect(error!.message).toContain(from.replace(/_/g, " "))
        expect(error!.message).toContain(to.replace(/_/g, " "))
      }
    }
  })

  it("ends at delivered, failed and cancelled, and cannot fail before pickup", () => {
    for (const finished of ["delivered", "failed", "cancelled"] as const) {
      expect(DELIVERY_TRANSITIONS[finished]).toEqual([])
    }
    expect(mayMoveDelivery("assigned", "failed")).toBe(false)
    expect(mayMoveDelivery("picked_up", "cancelled")).toBe(false)
  })

  it("names one event per status in the delivery namespace", () => {
    expect(Object.keys(DELIVERY_EVENTS).sort()).toEqual([...DELIVERY_STATUSES].sort())
    for (const event of Object.values(DELIVERY_EVENTS)) {
      expect(event).toMatch(/^delivery\./)
    }
  })
})

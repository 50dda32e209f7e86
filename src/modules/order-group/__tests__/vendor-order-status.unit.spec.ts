import { MedusaError } from "@medusajs/framework/utils"
import {
  nextVendorOrderStatus,
  VENDOR_ORDER_EVENTS,
  VENDOR_ORDER_STATUSES,
  VENDOR_ORDER_TRANSITIONS,
  type VendorOrderAction,
  type VendorOrderStatus,
} from "../vendor-order-status"

const ACTIONS = Object.keys(VENDOR_ORDER_TRANSITIONS) as VendorOrderAction[]

/** Every (status, action) pair the vendor order flow allows, and where it leads. */
const ALLOWED: [VendorOrderStatus, VendorOrderAction, VendorOrderStatus][] = [
  ["pending", "accept", "accepted"],
  ["pending", "reject", "rejected"],
  ["pending", "cancel", "cancelled"],
  ["accepted", "prepare", "preparing"],
  ["accepted", "ready", "ready_for_pickup"],
  ["accepted", "reject", "rejected"],
  ["preparing", "ready", "ready_for_pickup"],
  ["preparing", "reject", "rejected"],
  ["ready_for_pickup", "dispatch", "out_for_delivery"],
  ["out_for_delivery", "deliver", "delivered"],
  ["out_for_delivery", "fail_delivery", "cancelled"],
]

function conflictOf(status: VendorOrderStatus, action: VendorOrderAction): MedusaError | null {
  try {
    nextVendorOrderStatus(status, action)
    return null
  } catch (error) {
    return error as MedusaError
  }
}

describe("nextVendorOrderStatus", () => {
  it.each(ALLOWED)("moves %s with %s to %s", (from, action, to) => {
    expect(nextVendorOrderStatus(from, action)).toEqual(to)
  })

  it("refuses every other pair with a 409 that names the current status and what the action needs", () => {
    const allowed = new Set(ALLOWED.map(([from, action]) => `${from}:${action}`))
    let refused = 0
    for (const status of VENDOR_ORDER_STATUSES) {
      for (const action of ACTIONS) {
        if (allowed.has(`${status}:${action}`)) {
          continue
        }
        const error = conflictOf(status, action)
        expect([status, action, error?.type]).toEqual([status, action, MedusaError.Types.CONFLICT])
        expect(error!.message).toContain(status.replace(/_/g, " "))
        refused++
      }
    }
    expect(refused).toEqual(VENDOR_ORDER_STATUSES.length * ACTIONS.length - ALLOWED.length)
  })

  it("lets nothing leave rejected, cancelled or delivered", () => {
    for (const status of ["rejected", "cancelled", "delivered"] as const) {
      for (const action of ACTIONS) {
        expect(conflictOf(status, action)).not.toBeNull()
      }
    }
  })

  it("keeps the customer's cancel to orders the vendor has not accepted", () => {
    expect(conflictOf("accepted", "cancel")?.message).toEqual(
      "An order that is accepted cannot be cancelled; only one that is pending can."
    )
    expect(conflictOf("ready_for_pickup", "prepare")?.message).toContain("only one that is accepted can")
  })

  it("names one event per action in the vendor_order namespace", () => {
    expect(Object.keys(VENDOR_ORDER_EVENTS).sort()).toEqual([...ACTIONS].sort())
    expect(new Set(Object.values(VENDOR_ORDER_EVENTS)).size).toEqual(ACTIONS.length)
    for (const event of Object.values(VENDOR_ORDER_EVENTS)) {
      expect(event).toMatch(/^vendor_order\.[a-z_]+$/)
    }
    expect(VENDOR_ORDER_EVENTS.ready).toEqual("vendor_order.ready")
  })
})

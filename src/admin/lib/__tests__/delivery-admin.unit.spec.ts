import {
  addressLineOf,
  canAssignDelivery,
  DELIVERY_STATUSES,
  deliveryHistoryOf,
  deliveryListQuery,
  deliveryStatusColor,
  deliveryStatusLabel,
} from "../delivery-admin"
import { english } from "./english"

describe("the deliveries pages", () => {
  it("labels and colours every status, and shows an unknown one as it is", () => {
    expect(DELIVERY_STATUSES.map((status) => deliveryStatusLabel(status, english))).not.toContain(undefined)
    expect(deliveryStatusLabel("picked_up", english)).toEqual("Picked up")
    expect(deliveryStatusLabel("teleported", english)).toEqual("teleported")
    expect(deliveryStatusColor("delivered")).toEqual("green")
    expect(deliveryStatusColor("failed")).toEqual("red")
    expect(deliveryStatusColor("offered")).toEqual("orange")
  })

  it("offers assignment only before pickup", () => {
    expect(DELIVERY_STATUSES.filter(canAssignDelivery)).toEqual(["pending", "offered", "assigned"])
  })

  it("asks the list for one status and one page, newest first", () => {
    expect(deliveryListQuery({ status: "all", page: 0 }, 20)).toEqual({ limit: 20, offset: 0, order: "-created_at" })
    expect(deliveryListQuery({ status: "failed", page: 2 }, 20)).toEqual({ limit: 20, offset: 40, order: "-created_at", status: "failed" })
  })

  it("writes addresses on one line", () => {
    expect(addressLineOf({ name: "Hauran Bakery", address_1: "Omar Al-Mukhtar Street 12", city: "Daraa" })).toEqual(
      "Hauran Bakery, Omar Al-Mukhtar Street 12, Daraa"
    )
    expect(addressLineOf({ first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa" })).toEqual(
      "Lina Saleh, Hospital Street 3, Daraa"
    )
    expect(addressLineOf(null)).toEqual("—")
  })

  it("tells the history newest first, with who moved it", () => {
    const history = deliveryHistoryOf(
      {
        status_changes: [
          { id: "a", from_status: "pending", to_status: "offered", reason: null, actor_type: "system", actor_id: null, created_at: "2026-01-01T10:00:00Z" },
          { id: "b", from_status: "offered", to_status: "assigned", reason: null, actor_type: "courier", actor_id: "cour_1", created_at: "2026-01-01T10:01:00Z" },
        ],
      },
      english
    )
    expect(history.map((entry) => entry.key)).toEqual(["b", "a"])
    expect(history[0].title).toEqual("Assigned to a courier, by the courier")
    expect(history[1].detail).toEqual("Waiting for a courier → Offered to a courier")
  })
})

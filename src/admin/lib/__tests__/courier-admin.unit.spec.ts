import { COURIER_DOCUMENT_TYPES as DOCUMENT_TYPES } from "../../../modules/courier/models/courier-document"
import { COURIER_VEHICLE_TYPES } from "../../../modules/courier/models/courier"
import { arabic, english } from "./english"
import {
  availabilityLabel,
  COURIER_DOCUMENT_TYPES,
  COURIER_VEHICLES,
  courierActionBody,
  courierActionsFor,
  courierDocumentLinkOf,
  courierHistoryOf,
  courierListQuery,
  courierStatusLabel,
  documentTypeLabel,
  vehicleLabel,
} from "../courier-admin"

describe("courier admin pages", () => {
  it("offers the actions the API allows in each status, labelled in the admin's language", () => {
    const actions = (status: string) => courierActionsFor(status, english).map((entry) => entry.action)
    expect(actions("pending")).toEqual(["approve", "reject"])
    expect(actions("active")).toEqual(["suspend"])
    expect(actions("suspended")).toEqual(["reinstate"])
    expect(actions("rejected")).toEqual(["approve"])
    expect(actions("unknown")).toEqual([])
    expect(courierActionsFor("pending", english)).toEqual([
      { action: "approve", from: ["pending", "rejected"], needsReason: false, danger: false, label: "Approve", title: "Approve this courier", done: "Approved" },
      { action: "reject", from: ["pending"], needsReason: true, danger: true, label: "Reject", title: "Reject this courier", done: "Rejected" },
    ])
    expect(courierActionsFor("active", arabic)[0]).toEqual(expect.objectContaining({ label: "إيقاف", title: "إيقاف هذا المندوب", done: "تم الإيقاف" }))
  })

  it("asks for a reason everywhere but approve", () => {
    expect(courierActionBody("approve", "", english)).toEqual({ body: {} })
    expect(courierActionBody("suspend", " no ", english)).toEqual({ error: "Say why, in at least 3 characters: the courier is told." })
    expect(courierActionBody("suspend", " no ", arabic)).toEqual({ error: expect.stringContaining("3 أحرف") })
    expect(courierActionBody("reject", " licence expired ", english)).toEqual({ body: { reason: "licence expired" } })
  })

  it("shapes the history newest first and the list query", () => {
    const courier = {
      status_changes: [
        { id: "a", action: "approve", from_status: "pending", to_status: "active", reason: null, actor_type: "user", actor_id: "user_1", created_at: "2026-12-01T10:00:00Z" },
        { id: "b", action: "suspend", from_status: "active", to_status: "suspended", reason: "late", actor_type: "user", actor_id: "user_1", created_at: "2026-12-02T10:00:00Z" },
      ],
    }
    expect(courierHistoryOf(courier, english).map((entry) => [entry.key, entry.title, entry.detail])).toEqual([
      ["b", "Suspended by an admin (user_1)", "late"],
      ["a", "Approved by an admin (user_1)", "Waiting for review → Active"],
    ])
    expect(courierHistoryOf(courier, arabic)[1]).toEqual(expect.objectContaining({ title: "تم القبول من قِبل مشرف (user_1)", detail: "بانتظار المراجعة ← نشط" }))
    expect(courierListQuery({ status: "all", q: " omar ", page: 2 })).toEqual({ limit: 20, offset: 40, order: "-created_at", q: "omar" })
    expect(courierStatusLabel("suspended", english)).toEqual("Suspended")
    expect(courierStatusLabel("unknown", english)).toEqual("unknown")
  })

  it("names vehicles, availability and documents in the admin's language, for every value the courier module stores", () => {
    expect(COURIER_VEHICLES).toEqual([...COURIER_VEHICLE_TYPES])
    expect(COURIER_DOCUMENT_TYPES).toEqual([...DOCUMENT_TYPES])
    expect(COURIER_VEHICLES.map((vehicle) => vehicleLabel(vehicle, english))).toEqual(["Bicycle", "Motorcycle", "Car", "Van"])
    expect(vehicleLabel("car", arabic)).toEqual("سيارة")
    expect([availabilityLabel("online", english), availabilityLabel("offline", english), availabilityLabel("online", arabic)]).toEqual(["Online", "Offline", "متصل"])
    expect([documentTypeLabel("id", english), documentTypeLabel("vehicle", english), documentTypeLabel("id", arabic)]).toEqual(["ID", "Vehicle", "الهوية"])
  })

  it("links documents to the admin file route", () => {
    expect(courierDocumentLinkOf("cour_1", { id: "cdoc_1" })).toEqual("/admin/couriers/cour_1/documents/cdoc_1/file")
    expect(courierDocumentLinkOf("cour_1", { id: "cdoc_1", url: "/elsewhere" })).toEqual("/elsewhere")
  })
})

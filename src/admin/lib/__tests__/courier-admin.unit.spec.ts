import {
  courierActionBody,
  courierActionsFor,
  courierDocumentLinkOf,
  courierHistoryOf,
  courierListQuery,
  courierStatusLabel,
  documentTypeLabel,
} from "../courier-admin"

describe("courier admin pages", () => {
  it("offers the actions the API allows in each status", () => {
    expect(courierActionsFor("pending").map((entry) => entry.action)).toEqual(["approve", "reject"])
    expect(courierActionsFor("active").map((entry) => entry.action)).toEqual(["suspend"])
    expect(courierActionsFor("suspended").map((entry) => entry.action)).toEqual(["reinstate"])
    expect(courierActionsFor("rejected").map((entry) => entry.action)).toEqual(["approve"])
  })

  it("asks for a reason everywhere but approve", () => {
    expect(courierActionBody("approve", "")).toEqual({ body: {} })
    expect(courierActionBody("suspend", " no ")).toEqual({ error: expect.stringContaining("3 characters") })
    expect(courierActionBody("reject", " licence expired ")).toEqual({ body: { reason: "licence expired" } })
  })

  it("shapes the history newest first and the list query", () => {
    const history = courierHistoryOf({
      status_changes: [
        { id: "a", action: "approve", from_status: "pending", to_status: "active", reason: null, actor_type: "user", actor_id: "user_1", created_at: "2026-12-01T10:00:00Z" },
        { id: "b", action: "suspend", from_status: "active", to_status: "suspended", reason: "late", actor_type: "user", actor_id: "user_1", created_at: "2026-12-02T10:00:00Z" },
      ],
    })
    expect(history.map((entry) => [entry.key, entry.detail])).toEqual([
      ["b", "late"],
      ["a", "Waiting for review → Active"],
    ])
    expect(courierListQuery({ status: "all", q: " omar ", page: 2 })).toEqual({ limit: 20, offset: 40, order: "-created_at", q: "omar" })
    expect(courierStatusLabel("suspended")).toEqual("Suspended")
  })

  it("links documents to the admin file route", () => {
    expect(courierDocumentLinkOf("cour_1", { id: "cdoc_1" })).toEqual("/admin/couriers/cour_1/documents/cdoc_1/file")
    expect(courierDocumentLinkOf("cour_1", { id: "cdoc_1", url: "/elsewhere" })).toEqual("/elsewhere")
    expect([documentTypeLabel("id"), documentTypeLabel("vehicle")]).toEqual(["ID", "Vehicle"])
  })
})

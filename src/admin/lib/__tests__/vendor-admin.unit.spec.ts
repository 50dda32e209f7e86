import { arabic, english } from "./english"
import {
  documentLinkOf,
  pageCountOf,
  vendorActionBody,
  vendorActionsFor,
  vendorHistoryOf,
  vendorListQuery,
  vendorOrdersQuery,
  vendorProductsQuery,
  vendorStatusLabel,
} from "../vendor-admin"

describe("the vendors pages' data", () => {
  it("offers only the actions the vendor's status allows", () => {
    const actions = (status: string) => vendorActionsFor(status, english).map((entry) => entry.action)
    expect(actions("pending")).toEqual(["approve", "reject"])
    expect(actions("active")).toEqual(["suspend"])
    expect(actions("suspended")).toEqual(["reinstate"])
    expect(actions("rejected")).toEqual(["approve"])
    expect(actions("unknown")).toEqual([])
    expect(vendorActionsFor("suspended", english)).toEqual([
      { action: "reinstate", from: ["suspended"], needsReason: true, danger: false, label: "Reinstate", title: "Reinstate this vendor", done: "Reinstated" },
    ])
    expect(vendorActionsFor("suspended", arabic)[0]).toEqual(expect.objectContaining({ label: "إعادة التفعيل", title: "إعادة تفعيل هذا المتجر" }))
  })

  it("asks for a reason where the API requires one", () => {
    expect(vendorActionBody("approve", "", english)).toEqual({ body: {} })
    expect(vendorActionBody("reject", " no ", english)).toEqual({ error: expect.stringContaining("3 characters") })
    expect(vendorActionBody("suspend", " Expired licence ", english)).toEqual({ body: { reason: "Expired licence" } })
  })

  it("tells the history newest first, with who acted and why", () => {
    const history = vendorHistoryOf({
      status_changes: [
        { id: "a", action: "reject", from_status: "pending", to_status: "rejected", reason: "Blurry licence", actor_type: "user", actor_id: "user_1", created_at: "2026-12-01T10:00:00Z" },
        { id: "b", action: "approve", from_status: "rejected", to_status: "active", reason: null, actor_type: "user", actor_id: "user_2", created_at: "2026-12-01T11:00:00Z" },
      ],
    }, english)
    expect(history.map((entry) => [entry.title, entry.detail])).toEqual([
      ["Approved by an admin (user_2)", "Rejected → Active"],
      ["Rejected by an admin (user_1)", "Blurry licence"],
    ])
    expect(vendorStatusLabel("pending", english)).toEqual("Waiting for review")
    expect(vendorHistoryOf({ status_changes: [{ id: "a", action: "approve", from_status: "pending", to_status: "active", reason: null, actor_type: "user", actor_id: "user_2", created_at: "2026-12-01T11:00:00Z" }] }, arabic)).toEqual([
      expect.objectContaining({ title: "تم القبول من قِبل مشرف (user_2)", detail: "بانتظار المراجعة ← نشط" }),
    ])
    expect(vendorActionBody("reject", "no", arabic)).toEqual({ error: expect.stringContaining("3 أحرف") })
  })

  it("builds the list's query from the filter, search and page", () => {
    expect(vendorListQuery({ status: "all", q: " ", page: 0 })).toEqual({ limit: 20, offset: 0, order: "-created_at" })
    expect(vendorListQuery({ status: "pending", q: "bakery", page: 2 })).toEqual({ limit: 20, offset: 40, order: "-created_at", status: "pending", q: "bakery" })
  })

  it("links each document to its admin-only file route", () => {
    expect(documentLinkOf("ven_1", { id: "vdoc_1", url: null })).toEqual("/admin/vendors/ven_1/documents/vdoc_1/file")
    expect(documentLinkOf("ven_1", { id: "vdoc_1", url: "/admin/x" })).toEqual("/admin/x")
  })

  it("pages through a vendor's products, searched by title, and its orders", () => {
    expect(vendorProductsQuery({ vendorId: "ven_1", q: "  bread ", page: 2 })).toEqual({
      vendor_id: "ven_1",
      limit: 10,
      offset: 20,
      order: "-created_at",
      fields: "id,title,status,created_at",
      q: "bread",
    })
    expect(vendorProductsQuery({ vendorId: "ven_1", q: " ", page: 0 }, 5)).not.toHaveProperty("q")
    expect(vendorOrdersQuery({ vendorId: "ven_1", page: 1 })).toEqual({ vendor_id: "ven_1", limit: 10, offset: 10, order: "-created_at" })
    expect([pageCountOf(0, 10), pageCountOf(10, 10), pageCountOf(11, 10)]).toEqual([1, 1, 2])
  })
})

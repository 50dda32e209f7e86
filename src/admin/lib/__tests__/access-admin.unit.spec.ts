import { english } from "./english"
import { auditLogQuery, changedFields, EMPTY_AUDIT_FILTERS, roleLabel } from "../access-admin"

describe("the audit and security pages", () => {
  it("turn filters into the audit-log query, days into a time range", () => {
    expect(auditLogQuery(EMPTY_AUDIT_FILTERS, 0, 20)).toEqual({ limit: 20, offset: 0, order: "-created_at" })
    expect(auditLogQuery({ ...EMPTY_AUDIT_FILTERS, actor_id: " user_1 ", target_type: "vendor", from: "2026-12-01", to: "2026-12-01" }, 2, 20)).toEqual({
      limit: 20,
      offset: 40,
      order: "-created_at",
      actor_id: "user_1",
      target_type: "vendor",
      "created_at[gte]": "2026-12-01T00:00:00.000Z",
      "created_at[lte]": "2026-12-01T23:59:59.999Z",
    })
  })

  it("show only what changed", () => {
    expect(changedFields({ id: "ven_1", status: "pending", name: "A" }, { id: "ven_1", status: "active", name: "A" })).toEqual([
      { field: "status", before: "pending", after: "active" },
    ])
    expect(changedFields(null, { id: "comr_1", percent_rate: 8 })).toEqual([
      { field: "id", before: "—", after: "comr_1" },
      { field: "percent_rate", before: "—", after: "8" },
    ])
    expect(changedFields({ order: { refunded: 0 } }, { order: { refunded: 3 } })).toEqual([{ field: "order", before: '{"refunded":0}', after: '{"refunded":3}' }])
  })

  it("name the roles", () => {
    expect(roleLabel("finance", english)).toEqual("Finance")
    expect(roleLabel("unknown", english)).toEqual("unknown")
  })
})

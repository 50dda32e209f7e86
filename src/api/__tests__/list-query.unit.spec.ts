import { fieldsParam, orderParam } from "../list-query"
import { projectFields } from "../project-fields"

const allowed = ["id", "name", "status", "documents.id", "documents.type", "customer.first_name", "customer.last_name"]

describe("fieldsParam", () => {
  const fields = fieldsParam(allowed)

  it("names every unknown field, with or without a modifier", () => {
    const result = fields.safeParse("id,colour,+price,-documents.file_id")
    expect(result.success).toBe(false)
    expect(result.error!.issues[0].message).toContain("'colour', 'price', 'documents.file_id'")
  })

  it("turns a relation, bare or starred, into its allowed leaves, so it never opens more", () => {
    expect(fields.parse("name,documents")).toEqual("name,documents.id,documents.type")
    expect(fields.parse("+documents.*")).toEqual("+documents.id,+documents.type")
    expect(fields.parse("-documents,-customer.last_name")).toEqual("-documents,-customer.last_name")
    expect(fields.parse(undefined)).toBeUndefined()
  })
})

describe("orderParam", () => {
  it("takes an allowed key in either direction and names any other", () => {
    const order = orderParam(["created_at", "name"], "-created_at")
    expect(order.parse(undefined)).toEqual("-created_at")
    expect(order.parse("-name")).toEqual("-name")
    expect(order.safeParse("total").error!.issues[0].message).toEqual(
      "order must be one of created_at, -created_at, name, -name; got 'total'"
    )
  })
})

describe("projectFields", () => {
  const rows = [
    { id: "a", name: "Kaak", status: "active", documents: [{ id: "d1", type: "id" }], customer: { first_name: "Sami", last_name: "H" } },
  ]

  it("answers the rows unchanged without fields, or with additions only", () => {
    expect(projectFields(rows, undefined)).toBe(rows)
    expect(projectFields(rows, "+name")).toEqual(rows)
  })

  it("picks the named keys and sub-keys, always with id", () => {
    expect(projectFields(rows, "name,documents.type,customer.first_name")).toEqual([
      { id: "a", name: "Kaak", documents: [{ type: "id" }], customer: { first_name: "Sami" } },
    ])
    expect(projectFields(rows, "status")).toEqual([{ id: "a", status: "active" }])
  })

  it("drops keys and sub-keys with -, but never id", () => {
    expect(projectFields(rows, "-documents,-customer.last_name,-id")).toEqual([
      { id: "a", name: "Kaak", status: "active", customer: { first_name: "Sami" } },
    ])
  })
})

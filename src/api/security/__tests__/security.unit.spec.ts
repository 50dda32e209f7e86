import { securityHeaders } from "../http-settings"
import { findUnsafeInput } from "../unsafe-strings"

const findUnsafeString = (input: unknown) => findUnsafeInput(input)?.field ?? null

describe("findUnsafeString", () => {
  it("names the first field holding a NUL or an unpaired surrogate, in values and in keys", () => {
    expect(findUnsafeString({ a: "fine", b: { c: ["ok", "x\u0000"] } })).toEqual("b.c[1]")
    expect(findUnsafeString({ metadata: { note: "\ud800" } })).toEqual("metadata.note")
    expect(findUnsafeString({ metadata: { note: "\udc00 then" } })).toEqual("metadata.note")
    expect(findUnsafeString({ metadata: { "k\u0000": 1 } })).toEqual("metadata.k\\u0000")
    expect(findUnsafeString("\u0000")).toEqual("body")
  })

  it("passes well-formed text, emoji included, and non-strings", () => {
    expect(findUnsafeString({ a: "مرحبا 🍞", b: [1, true, null, { c: "x" }] })).toBeNull()
    expect(findUnsafeString(undefined)).toBeNull()
  })

  it("names keys that shadow built-ins, which break string conversion or reach prototypes", () => {
    expect(findUnsafeInput({ phone: { toString: 1 } })).toEqual({ field: "phone.toString", problem: "key" })
    expect(findUnsafeInput(JSON.parse('{"a": [{"__proto__": {"x": 1}}]}'))).toEqual({ field: "a[0].__proto__", problem: "key" })
    expect(findUnsafeInput({ metadata: { constructor: "x" } })?.field).toEqual("metadata.constructor")
    expect(findUnsafeInput({ "a\u0000": 1 })).toEqual({ field: "a\\u0000", problem: "text" })
  })

  it("walks a deeply nested body without exhausting the stack", () => {
    let deep: unknown = "\u0000"
    for (let i = 0; i < 100_000; i++) {
      deep = [deep]
    }
    expect(findUnsafeString(deep)).toMatch(/^\[0\]/)
  })
})

describe("securityHeaders", () => {
  const run = (secure: boolean) => {
    const headers: Record<string, string> = {}
    const res = { setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value) }
    securityHeaders({ secure } as any, res as any, () => undefined)
    return headers
  }

  it("adds HSTS only to HTTPS requests", () => {
    expect(run(true)["strict-transport-security"]).toMatch(/^max-age=\d+/)
    expect(run(false)["strict-transport-security"]).toBeUndefined()
    expect(run(false)).toEqual(
      expect.objectContaining({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer" })
    )
  })
})

import { matchCommissionRule, type MatchableRule } from "../rule-matching"

const rule = (id: string, over: Partial<MatchableRule> = {}): MatchableRule => ({
  id,
  vendor_id: null,
  category_id: null,
  priority: 0,
  is_active: true,
  created_at: "2026-01-01T00:00:00Z",
  ...over,
})

const target = { vendor_id: "ven_a", category_ids: ["pcat_bakery", "pcat_sweets"] }

describe("commission rule matching", () => {
  const global = rule("global")
  const bakery = rule("bakery", { category_id: "pcat_bakery" })
  const vendorA = rule("vendor-a", { vendor_id: "ven_a" })
  const vendorABakery = rule("vendor-a-bakery", { vendor_id: "ven_a", category_id: "pcat_bakery" })

  it("prefers vendor+category, then vendor, then category, then global", () => {
    expect(matchCommissionRule([global, bakery, vendorA, vendorABakery], target)?.id).toEqual("vendor-a-bakery")
    expect(matchCommissionRule([global, bakery, vendorA], target)?.id).toEqual("vendor-a")
    expect(matchCommissionRule([global, bakery], target)?.id).toEqual("bakery")
    expect(matchCommissionRule([global], target)?.id).toEqual("global")
  })

  it("ignores rules of another vendor, of a category the product is not in, and inactive rules", () => {
    const otherVendor = rule("other-vendor", { vendor_id: "ven_b" })
    const dairy = rule("dairy", { category_id: "pcat_dairy" })
    const inactive = rule("inactive", { vendor_id: "ven_a", is_active: false })
    expect(matchCommissionRule([global, otherVendor, dairy, inactive], target)?.id).toEqual("global")
  })

  it("answers null when nothing applies", () => {
    expect(matchCommissionRule([rule("x", { vendor_id: "ven_b" })], target)).toBeNull()
    expect(matchCommissionRule([], target)).toBeNull()
  })

  it("breaks ties by priority, then the newest rule, then the smallest id", () => {
    const low = rule("low", { category_id: "pcat_bakery", priority: 1 })
    const high = rule("high", { category_id: "pcat_sweets", priority: 5 })
    expect(matchCommissionRule([low, high], target)?.id).toEqual("high")

    const older = rule("older", { category_id: "pcat_bakery", created_at: "2026-01-01T00:00:00Z" })
    const newer = rule("newer", { category_id: "pcat_sweets", created_at: "2026-02-01T00:00:00Z" })
    expect(matchCommissionRule([older, newer], target)?.id).toEqual("newer")
    expect(matchCommissionRule([newer, older], target)?.id).toEqual("newer")

    const b = rule("b", { category_id: "pcat_bakery" })
    const a = rule("a", { category_id: "pcat_sweets" })
    expect(matchCommissionRule([b, a], target)?.id).toEqual("a")
  })

  it("lets priority never beat specificity", () => {
    const loudGlobal = rule("loud-global", { priority: 100 })
    expect(matchCommissionRule([loudGlobal, vendorA], target)?.id).toEqual("vendor-a")
  })
})

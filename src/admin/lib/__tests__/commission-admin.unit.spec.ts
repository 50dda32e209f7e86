import { arabic, english } from "./english"
import { EMPTY_RULE_FORM, formOf, previewRule, rateOf, ruleBodyOf, scopeOf, standingOf, type CommissionRule } from "../commission-admin"

const rule = (overrides: Partial<CommissionRule>): CommissionRule => ({
  id: "rule",
  name: "Rule",
  vendor_id: null,
  category_id: null,
  percent_rate: 10,
  flat_amount: null,
  currency_code: null,
  priority: 0,
  is_active: true,
  created_at: "2026-12-01T10:00:00Z",
  ...overrides,
})

const names = { vendors: new Map([["ven_1", "Hauran Bakery"]]), categories: new Map([["pcat_1", "Bread"]]) }

describe("the commissions page's data", () => {
  it("names each rule's scope and rate", () => {
    expect(scopeOf(rule({}), names, english)).toEqual("Global")
    expect(scopeOf(rule({ category_id: "pcat_1" }), names, english)).toEqual("Category: Bread")
    expect(scopeOf(rule({ vendor_id: "ven_1" }), names, english)).toEqual("Vendor: Hauran Bakery")
    expect(scopeOf(rule({ vendor_id: "ven_1", category_id: "pcat_1" }), names, english)).toEqual("Vendor + category: Hauran Bakery, Bread")
    expect(rateOf(rule({ percent_rate: 12.5 }), english)).toEqual("12.5%")
    expect(rateOf(rule({ percent_rate: 5, flat_amount: 2, currency_code: "syp" }), english)).toEqual("5% + 2 SYP per line")
    expect(scopeOf(rule({ vendor_id: "ven_1" }), names, arabic)).toEqual("المتجر: Hauran Bakery")
    expect(rateOf(rule({ percent_rate: 5, flat_amount: 2, currency_code: "syp" }), arabic)).toEqual("5٪ + 2 SYP لكل بند")
  })

  it("shows which rule wins its scope and which beats the others", () => {
    const rules = [
      rule({ id: "global", name: "Platform default" }),
      rule({ id: "old", name: "Old deal", vendor_id: "ven_1", priority: 0 }),
      rule({ id: "new", name: "New deal", vendor_id: "ven_1", priority: 5 }),
      rule({ id: "off", name: "Paused", vendor_id: "ven_1", is_active: false }),
    ]
    const standing = standingOf(rules)
    expect(standing.get("global")).toEqual({ wins: true, beatenBy: null })
    expect(standing.get("new")).toEqual({ wins: true, beatenBy: null })
    expect(standing.get("old")!.wins).toBe(false)
    expect(standing.get("old")!.beatenBy!.id).toEqual("new")
    expect(standing.get("off")).toEqual({ wins: false, beatenBy: null })
  })

  it("previews the rule a sale is charged, most specific first", () => {
    const rules = [rule({ id: "global" }), rule({ id: "bread", category_id: "pcat_1" }), rule({ id: "vendor", vendor_id: "ven_1" })]
    expect(previewRule(rules, "ven_2", null)!.id).toEqual("global")
    expect(previewRule(rules, "ven_2", "pcat_1")!.id).toEqual("bread")
    expect(previewRule(rules, "ven_1", "pcat_1")!.id).toEqual("vendor")
    expect(previewRule([], "ven_1", null)).toBeNull()
  })

  it("turns the form into the API's body, refusing what the API refuses", () => {
    expect(ruleBodyOf({ ...EMPTY_RULE_FORM, name: "Bakery deal", vendor_id: "ven_1", percent_rate: "15" }, english)).toEqual({
      body: { name: "Bakery deal", vendor_id: "ven_1", category_id: null, percent_rate: 15, flat_amount: null, currency_code: null, priority: 0, is_active: true },
    })
    expect(ruleBodyOf({ ...EMPTY_RULE_FORM, name: "" }, english)).toEqual({ error: expect.stringContaining("name") })
    expect(ruleBodyOf({ ...EMPTY_RULE_FORM, name: "x" }, english)).toEqual({ error: expect.stringContaining("charge something") })
    expect(ruleBodyOf({ ...EMPTY_RULE_FORM, name: "x", percent_rate: "120" }, english)).toEqual({ error: expect.stringContaining("between 0 and 100") })
    expect(ruleBodyOf({ ...EMPTY_RULE_FORM, name: "x", flat_amount: "5" }, english)).toEqual({ error: expect.stringContaining("currency") })
    expect(ruleBodyOf({ ...EMPTY_RULE_FORM, name: "x", percent_rate: "5", priority: "1.5" }, english)).toEqual({ error: expect.stringContaining("whole number") })
    const round = formOf(rule({ id: "r", name: "Flat", percent_rate: null, flat_amount: 2, currency_code: "syp", priority: 3 }))
    expect(ruleBodyOf(round, english)).toEqual({ body: expect.objectContaining({ flat_amount: 2, currency_code: "syp", percent_rate: null, priority: 3 }) })
  })
})

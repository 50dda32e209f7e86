import { MathBN } from "@medusajs/framework/utils"
import {
  commissionAmount,
  commissionBaseOf,
  commissionAdjustmentsFor,
  commissionRateFor,
  currentCommission,
  recomputeCommissionLines,
  type CommissionLineState,
  type OrderCommissionState,
} from "../commission-calculation"

const text = (value: ReturnType<typeof MathBN.convert>) => value.toFixed()

describe("commission at placement", () => {
  it("charges on the line's total after discounts, without tax", () => {
    expect(text(commissionBaseOf({ total: 110, tax_total: 10 }))).toEqual("100")
    expect(text(commissionBaseOf({ total: "0.3", tax_total: "0.1" }))).toEqual("0.2")
    expect(text(commissionBaseOf({ total: 0, tax_total: 0 }))).toEqual("0")
  })

  it("adds the percent of the base and the flat amount, exactly", () => {
    expect(text(commissionAmount(200, { percent_rate: 12.5, flat_amount: null }))).toEqual("25")
    expect(text(commissionAmount(200, { percent_rate: 10, flat_amount: 5 }))).toEqual("25")
    expect(text(commissionAmount(200, { percent_rate: null, flat_amount: 5 }))).toEqual("5")
    // 0.1 + 0.2 in floats is 0.30000000000000004.
    expect(text(commissionAmount("0.3", { percent_rate: 100, flat_amount: null }))).toEqual("0.3")
    expect(text(commissionAmount("0.35", { percent_rate: 10, flat_amount: null }))).toEqual("0.035")
  })

  it("keeps BigNumber precision instead of rounding to cents", () => {
    expect(text(commissionAmount(10, { percent_rate: "33.3333", flat_amount: null }))).toEqual("3.33333")
  })

  it("never charges more than the base, nor less than 0", () => {
    expect(text(commissionAmount(3, { percent_rate: 10, flat_amount: 5 }))).toEqual("3")
    expect(text(commissionAmount(0, { percent_rate: 10, flat_amount: 5 }))).toEqual("0")
    expect(text(commissionAmount(-4, { percent_rate: 10, flat_amount: null }))).toEqual("0")
  })

  it("rounds a commission half up to the currency's precision, never above the base", () => {
    expect(text(commissionAmount(27, { percent_rate: 10, flat_amount: null }, "syp"))).toEqual("3")
    expect(text(commissionAmount(24, { percent_rate: 10, flat_amount: null }, "syp"))).toEqual("2")
    expect(text(commissionAmount("0.35", { percent_rate: 10, flat_amount: null }, "usd"))).toEqual("0.04")
    expect(text(commissionAmount("0.333", { percent_rate: 100, flat_amount: null }, "usd"))).toEqual("0.33")
    expect(text(commissionAmount("0.996", { percent_rate: 100, flat_amount: null }, "usd"))).toEqual("0.99")
    expect(text(commissionAmount(10, { percent_rate: 10, flat_amount: null }, "kwd"))).toEqual("1")
    expect(text(commissionAmount("1.2345", { percent_rate: 10, flat_amount: null }, "kwd"))).toEqual("0.123")
  })

  it("charges nothing without a rule", () => {
    const rate = commissionRateFor(null, "syp")
    expect(rate).toEqual({ rule_id: null, percent_rate: null, flat_amount: null })
    expect(text(commissionAmount(100, rate))).toEqual("0")
  })

  it("records a flat amount only on orders in the rule's currency", () => {
    const rule = { id: "comr_1", percent_rate: 10, flat_amount: 5, currency_code: "syp" }
    expect(commissionRateFor(rule, "syp")).toEqual({ rule_id: "comr_1", percent_rate: 10, flat_amount: 5 })
    expect(commissionRateFor(rule, "SYP")).toEqual({ rule_id: "comr_1", percent_rate: 10, flat_amount: 5 })
    expect(commissionRateFor(rule, "usd")).toEqual({ rule_id: "comr_1", percent_rate: 10, flat_amount: null })
    expect(commissionRateFor({ ...rule, flat_amount: null, currency_code: null }, "usd")).toEqual({
      rule_id: "comr_1",
      percent_rate: 10,
      flat_amount: null,
    })
  })
})

describe("commission recompute", () => {
  // Two lines: 3 breads worth 90 (99 with tax), 1 cheese worth 50 (55 with tax).
  const bread: CommissionLineState = {
    id: "coml_bread",
    original_base_amount: 90,
    quantity: 3,
    returned_quantity: 0,
    percent_rate: 10,
    flat_amount: null,
  }
  const cheese: CommissionLineState = {
    id: "coml_cheese",
    original_base_amount: 50,
    quantity: 1,
    returned_quantity: 0,
    percent_rate: 10,
    flat_amount: 2,
  }
  const placed: OrderCommissionState = {
    currency_code: "usd",
    canceled: false,
    refunded_total: 0,
    returned_items_total: 0,
    kept_items_total: 154,
    lines: [bread, cheese],
  }
  const summary = (order: OrderCommissionState) =>
    recomputeCommissionLines(order).map((line) => [line.id, text(line.base_amount), text(line.amount)])

  it("changes nothing while nothing was refunded, returned or canceled", () => {
    expect(summary(placed)).toEqual([
      ["coml_bread", "90", "9"],
      ["coml_cheese", "50", "7"],
    ])
  })

  it("takes returned units out of their own line only", () => {
    const afterReturn = {
      ...placed,
      refunded_total: 33,
      returned_items_total: 33,
      kept_items_total: 121,
      lines: [{ ...bread, returned_quantity: 1 }, cheese],
    }
    expect(summary(afterReturn)).toEqual([
      ["coml_bread", "60", "6"],
      ["coml_cheese", "50", "7"],
    ])
  })

  it("drops the flat amount once a line is entirely returned", () => {
    const cheeseBack = {
      ...placed,
      refunded_total: 55,
      returned_items_total: 55,
      kept_items_total: 99,
      lines: [bread, { ...cheese, returned_quantity: 1 }],
    }
    expect(summary(cheeseBack)).toEqual([
      ["coml_bread", "90", "9"],
      ["coml_cheese", "0", "0"],
    ])
  })

  it("spreads a refund that returns do not explain over every kept line, in proportion", () => {
    // 77 refunded of 154 kept: every line keeps half its base.
    expect(summary({ ...placed, refunded_total: 77 })).toEqual([
      ["coml_bread", "45", "4.5"],
      ["coml_cheese", "25", "4.5"],
    ])
    // A return of one bread (33) and 11 more: the 11 comes off the 121 still kept.
    const both = {
      ...placed,
      refunded_total: 44,
      returned_items_total: 33,
      kept_items_total: 121,
      lines: [{ ...bread, returned_quantity: 1 }, cheese],
    }
    const [breadLine, cheeseLine] = recomputeCommissionLines(both)
    expect(text(breadLine.base_amount)).toEqual(text(MathBN.mult(60, MathBN.sub(1, MathBN.div(11, 121)))))
    expect(text(cheeseLine.base_amount)).toEqual(text(MathBN.mult(50, MathBN.sub(1, MathBN.div(11, 121)))))
  })

  it("takes everything once the refunds cover what is kept, and never goes negative", () => {
    expect(summary({ ...placed, refunded_total: 154 })).toEqual([
      ["coml_bread", "0", "0"],
      ["coml_cheese", "0", "0"],
    ])
    expect(summary({ ...placed, refunded_total: 500 })).toEqual([
      ["coml_bread", "0", "0"],
      ["coml_cheese", "0", "0"],
    ])
  })

  it("ignores a return whose refund was smaller than the units' worth (a return fee)", () => {
    const feeKept = {
      ...placed,
      refunded_total: 30,
      returned_items_total: 33,
      kept_items_total: 121,
      lines: [{ ...bread, returned_quantity: 1 }, cheese],
    }
    expect(summary(feeKept)).toEqual([
      ["coml_bread", "60", "6"],
      ["coml_cheese", "50", "7"],
    ])
  })

  it("rounds each line's commission to its currency, from the exact base", () => {
    // 4.5 SYP (no decimals) is 5 SYP; 4.5 USD stays 4.5.
    expect(summary({ ...placed, currency_code: "syp", refunded_total: 77 })).toEqual([
      ["coml_bread", "45", "5"],
      ["coml_cheese", "25", "5"],
    ])
  })

  it("brings every line of a canceled order to 0", () => {
    expect(summary({ ...placed, canceled: true })).toEqual([
      ["coml_bread", "0", "0"],
      ["coml_cheese", "0", "0"],
    ])
  })

  it("answers base 0 for a line whose item has no quantity left", () => {
    expect(summary({ ...placed, lines: [{ ...bread, quantity: 0 }] })).toEqual([["coml_bread", "0", "0"]])
  })
})

describe("commission adjustments", () => {
  const placedLine = { id: "coml_bread", original_base_amount: 90, original_amount: 9, adjustments: [] as any[] }
  const target = (base: number | string, amount: number | string) => ({
    id: "coml_bread",
    base_amount: MathBN.convert(base),
    amount: MathBN.convert(amount),
  })
  const deltas = (drafts: ReturnType<typeof commissionAdjustmentsFor>) =>
    drafts.map((draft) => [draft.commission_line_id, draft.cause, text(draft.base_delta), text(draft.amount_delta)])

  it("answers a line's amounts now as placed plus every adjustment, at full precision", () => {
    const now = currentCommission({
      ...placedLine,
      adjustments: [
        { cause: "refund:ref_1", base_delta: -30, amount_delta: -3 },
        { cause: "return:ret_1", base_delta: "-0.1", raw_base_delta: { value: "-0.15", precision: 20 } as any, amount_delta: 0 },
      ],
    })
    expect([text(now.base_amount), text(now.amount)]).toEqual(["59.85", "6"])
  })

  it("records the difference between the target and the amounts now, under the cause", () => {
    expect(deltas(commissionAdjustmentsFor([placedLine], [target(60, 6)], "refund:ref_1"))).toEqual([
      ["coml_bread", "refund:ref_1", "-30", "-3"],
    ])
    const afterRefund = { ...placedLine, adjustments: [{ cause: "refund:ref_1", base_delta: -30, amount_delta: -3 }] }
    expect(deltas(commissionAdjustmentsFor([afterRefund], [target(0, 0)], "cancel:order_1"))).toEqual([
      ["coml_bread", "cancel:order_1", "-60", "-6"],
    ])
  })

  it("records nothing twice for one cause, and nothing when the line is already at its target", () => {
    const afterRefund = { ...placedLine, adjustments: [{ cause: "refund:ref_1", base_delta: -30, amount_delta: -3 }] }
    expect(commissionAdjustmentsFor([afterRefund], [target(0, 0)], "refund:ref_1")).toEqual([])
    expect(commissionAdjustmentsFor([afterRefund], [target(60, 6)], "refund:ref_2")).toEqual([])
  })

  it("ignores a target for a line it was not given", () => {
    expect(commissionAdjustmentsFor([placedLine], [{ ...target(0, 0), id: "coml_other" }], "cancel:order_1")).toEqual([])
  })
})

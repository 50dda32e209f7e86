import { MathBN } from "@medusajs/framework/utils"
import type { PostTransactionInput } from "../ledger-types"
import {
  balanceFloor,
  changesByAccount,
  distinctAccounts,
  floorViolation,
  isAtCurrencyPrecision,
  normalizePosting,
  postingContentHash,
  reversalOf,
} from "../posting-rules"

const posting = (entries: PostTransactionInput["entries"], overrides: Partial<PostTransactionInput> = {}): PostTransactionInput => ({
  type: "adjustment",
  reference_type: "adjustment",
  reference_id: "adj_1",
  idempotency_key: "key_1",
  entries,
  ...overrides,
})
const clearing = { owner_type: "platform" as const, owner_id: "clearing", currency_code: "SYP" }
const shopper = { owner_type: "customer" as const, owner_id: "cus_1", currency_code: "syp" }

describe("normalizePosting", () => {
  it("lower-cases currencies and keeps amounts exact", () => {
    const normalized = normalizePosting(posting([{ ...clearing, amount: "-10" }, { ...shopper, amount: 10 }]))
    expect(normalized.entries.map((entry) => [entry.currency_code, entry.amount.toFixed()])).toEqual([
      ["syp", "-10"],
      ["syp", "10"],
    ])
  })

  it("refuses postings that do not balance in each currency, naming the sums", () => {
    expect(() => normalizePosting(posting([{ ...clearing, amount: -10 }, { ...shopper, amount: 9 }]))).toThrow(
      "entries must sum to zero in each currency; they sum to -1 SYP."
    )
    const usd = (entry: typeof shopper | typeof clearing) => ({ ...entry, currency_code: "usd" })
    expect(() =>
      normalizePosting(
        posting([
          { ...clearing, amount: -10 },
          { ...usd(shopper), amount: "10" },
        ])
      )
    ).toThrow(/-10 SYP, 10 USD/)
    // 0.1 + 0.2 balances 0.3 exactly: no floating point.
    expect(() =>
      normalizePosting(
        posting([
          { ...usd(shopper), amount: 0.1 },
          { ...usd(shopper), amount: 0.2 },
          { ...usd(clearing), amount: -0.3 },
        ])
      )
    ).not.toThrow()
  })

  it("names the field of a bad entry", () => {
    expect(() => normalizePosting(posting([{ ...clearing, amount: -1 }]))).toThrow(/at least two entries/)
    expect(() => normalizePosting(posting([{ ...clearing, amount: 0 }, { ...shopper, amount: 0 }]))).toThrow("entries[0].amount must not be 0.")
    expect(() => normalizePosting(posting([{ ...clearing, amount: -1 }, { ...shopper, amount: "abc" }]))).toThrow(/entries\[1\].amount must be a number/)
    expect(() => normalizePosting(posting([{ ...clearing, amount: -1 }, { ...shopper, owner_type: "bank" as any, amount: 1 }]))).toThrow(
      /entries\[1\].owner_type must be one of/
    )
    expect(() => normalizePosting(posting([{ ...clearing, amount: -1 }, { ...shopper, currency_code: "pounds", amount: 1 }]))).toThrow(
      /entries\[1\].currency_code must be a 3-letter/
    )
    expect(() => normalizePosting(posting([{ ...clearing, amount: -1 }, { ...shopper, amount: 1, available_at: "soon" }]))).toThrow(
      /entries\[1\].available_at is not a valid date/
    )
    expect(() => normalizePosting(posting([{ ...clearing, amount: -1 }, { ...shopper, amount: 1 }], { idempotency_key: " " }))).toThrow(
      "idempotency_key is required."
    )
    expect(() => normalizePosting(posting([{ ...clearing, amount: -1 }, { ...shopper, amount: 1 }], { type: "gift" as any }))).toThrow(/type must be one of/)
  })

  it("refuses more decimals than the currency has", () => {
    expect(isAtCurrencyPrecision("12", "syp")).toBe(true)
    expect(isAtCurrencyPrecision("12.5", "syp")).toBe(false)
    expect(isAtCurrencyPrecision("12.55", "usd")).toBe(true)
    expect(isAtCurrencyPrecision("12.555", "usd")).toBe(false)
    expect(isAtCurrencyPrecision("1.555", "kwd")).toBe(true)
    expect(() => normalizePosting(posting([{ ...clearing, amount: -1.5 }, { ...shopper, amount: 1.5 }]))).toThrow(
      "entries[0].amount -1.5 has more decimals than SYP allows (0)."
    )
  })
})

describe("postingContentHash", () => {
  const base = posting([{ ...clearing, amount: -10 }, { ...shopper, amount: 10 }])
  const hash = (input: PostTransactionInput) => postingContentHash(normalizePosting(input))

  it("is the same for the same money, whatever the order, note or spelling of amounts", () => {
    expect(hash({ ...base, entries: [...base.entries].reverse(), note: "again" })).toEqual(hash(base))
    expect(hash({ ...base, entries: [{ ...clearing, amount: "-10.0" }, { ...shopper, amount: "10" }] })).toEqual(hash(base))
  })

  it("differs when the amounts, accounts, type, reference or dates differ", () => {
    const variants: PostTransactionInput[] = [
      { ...base, entries: [{ ...clearing, amount: -11 }, { ...shopper, amount: 11 }] },
      { ...base, entries: [{ ...clearing, amount: -10 }, { ...shopper, owner_id: "cus_2", amount: 10 }] },
      { ...base, type: "refund" },
      { ...base, reference_id: "adj_2" },
      { ...base, entries: [{ ...clearing, amount: -10 }, { ...shopper, amount: 10, available_at: "2030-01-01T00:00:00Z" }] },
    ]
    for (const variant of variants) {
      expect(hash(variant)).not.toEqual(hash(base))
    }
  })
})

describe("distinctAccounts and changesByAccount", () => {
  it("lists each account once, in one order whatever the entries' order", () => {
    const entries = normalizePosting(
      posting([
        { ...shopper, amount: 5 },
        { ...clearing, amount: -10 },
        { ...shopper, amount: 5 },
      ])
    ).entries
    const ordered = distinctAccounts(entries).map((key) => key.owner_id)
    expect(ordered).toEqual(["cus_1", "clearing"])
    expect(distinctAccounts([...entries].reverse()).map((key) => key.owner_id)).toEqual(ordered)
  })

  it("sums each account's change and what of it stays pending", () => {
    const now = new Date("2026-01-01T00:00:00Z")
    const entries = normalizePosting(
      posting([
        { ...clearing, amount: -10 },
        { ...shopper, amount: 4 },
        { ...shopper, amount: 6, available_at: "2026-01-08T00:00:00Z" },
      ])
    ).entries
    const change = changesByAccount(entries, now).get("customer:cus_1:syp")!
    expect([change.total.toFixed(), change.pending.toFixed()]).toEqual(["10", "6"])
  })
})

describe("floorViolation", () => {
  const limits = { syp: 1000 }
  const customerAccount = { id: "lacc_1", ...shopper }
  const courierAccount = { id: "lacc_2", owner_type: "courier" as const, owner_id: "cou_1", currency_code: "syp" }

  it("keeps customers at 0 or above, naming the shortfall", () => {
    expect(floorViolation(customerAccount, { balance: 0, available: 0 }, -5, limits)).toBeNull()
    expect(floorViolation(customerAccount, { balance: -3, available: -3 }, -5, limits)).toEqual(
      "The customer wallet cus_1 has 2 SYP available; this takes 5 SYP, 3 SYP short."
    )
    // Pending money does not count as spendable.
    expect(floorViolation(customerAccount, { balance: 10, available: -1 }, -5, limits)).toMatch(/1 SYP short/)
  })

  it("lets couriers owe up to the limit in that currency", () => {
    expect(floorViolation(courierAccount, { balance: -1000, available: -1000 }, -100, limits)).toBeNull()
    expect(floorViolation(courierAccount, { balance: -1001, available: -1001 }, -100, limits)).toMatch(/may owe at most 1000 SYP.*1 SYP over/)
    expect(floorViolation({ ...courierAccount, currency_code: "usd" }, { balance: -1, available: -1 }, -1, limits)).toMatch(/at most 0 USD/)
  })

  it("never refuses recording cash a courier has collected, whatever it owes", () => {
    expect(balanceFloor("courier", "syp", limits, "cash_collection")).toBeNull()
    expect(balanceFloor("courier", "syp", limits, "adjustment")?.toNumber()).toEqual(-1000)
    expect(balanceFloor("customer", "syp", limits, "cash_collection")?.toNumber()).toEqual(0)
  })

  it("never refuses a credit, nor any movement of vendor, platform or external accounts", () => {
    expect(floorViolation(courierAccount, { balance: -5000, available: -5000 }, 100, limits)).toBeNull()
    for (const owner_type of ["vendor", "platform", "external"] as const) {
      expect(floorViolation({ ...customerAccount, owner_type }, { balance: -1e9, available: -1e9 }, -1e9, limits)).toBeNull()
    }
  })
})

describe("reversalOf", () => {
  it("posts the opposite entries under the key's reversal key", () => {
    const reversal = reversalOf(
      { id: "ltx_1", idempotency_key: "adjustment:1", entries: [{ ...clearing, amount: -10 }, { ...shopper, amount: 10 }] },
      "The workflow was rolled back."
    )
    expect(reversal).toMatchObject({ type: "reversal", reference_type: "ledger_transaction", reference_id: "ltx_1", idempotency_key: "adjustment:1:reversal" })
    expect(reversal.entries.map((entry) => MathBN.convert(entry.amount).toNumber())).toEqual([10, -10])
    expect(() => normalizePosting(reversal)).not.toThrow()
  })
})

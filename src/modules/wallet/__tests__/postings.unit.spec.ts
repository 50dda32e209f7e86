import { MathBN } from "@medusajs/framework/utils"
import { normalizePosting } from "../posting-rules"
import { cashCollected, refundPaid, settlementPosting, topUpCredited, walletCapture, walletHold, walletHoldRelease } from "../postings"

const sum = (entries: { amount: any }[]) => MathBN.sum(0, ...entries.map((entry) => entry.amount)).toNumber()
const session = { session_id: "payses_1", customer_id: "cus_1", currency_code: "syp", amount: 900 }

describe("what each money movement posts", () => {
  it("holds, captures and releases a wallet payment, each once per session and balanced", () => {
    const hold = walletHold(session)
    expect(hold).toMatchObject({ type: "hold", idempotency_key: "wallet:hold:payses_1", reference_type: "payment_session" })
    expect(hold.entries.map((entry) => [entry.owner_type, entry.owner_id, MathBN.convert(entry.amount).toNumber()])).toEqual([
      ["customer", "cus_1", -900],
      ["platform", "wallet_holds", 900],
    ])
    expect(walletCapture(session).entries.map((entry) => entry.owner_id)).toEqual(["wallet_holds", "clearing"])
    expect(walletHoldRelease(session).entries.map((entry) => entry.owner_id)).toEqual(["wallet_holds", "cus_1"])
    for (const posting of [hold, walletCapture(session), walletHoldRelease(session)]) {
      expect(() => normalizePosting(posting)).not.toThrow()
      expect(sum(posting.entries)).toEqual(0)
    }
  })

  it("sends a refund to the wallet or back to the rail, keyed by the refund", () => {
    const toWallet = refundPaid({ refund_id: "ref_1", order_id: "order_1", currency_code: "syp", amount: 7, destination: { wallet_of: "cus_1" } })
    expect(toWallet).toMatchObject({ type: "refund", idempotency_key: "refund:ref_1", reference_type: "order", reference_id: "order_1" })
    expect(toWallet.entries[1]).toMatchObject({ owner_type: "customer", owner_id: "cus_1" })
    const toRail = refundPaid({ refund_id: "ref_2", order_id: null, currency_code: "syp", amount: 7, destination: { rail: "pp_stripe_stripe" } })
    expect(toRail).toMatchObject({ reference_type: "refund", reference_id: "ref_2" })
    expect(toRail.entries[1]).toMatchObject({ owner_type: "external", owner_id: "pp_stripe_stripe" })
  })

  it("records who holds collected cash, and credits a top-up from its rail", () => {
    const cash = cashCollected({
      order_id: "order_1",
      currency_code: "syp",
      amount: 500,
      holder: { owner_type: "vendor", owner_id: "ven_1", currency_code: "syp" },
      actor_type: "vendor",
      actor_id: "vmem_1",
    })
    expect(cash).toMatchObject({ type: "cash_collection", idempotency_key: "cash:order_1", actor_id: "vmem_1" })
    expect(cash.entries.map((entry) => [entry.owner_id, MathBN.convert(entry.amount).toNumber()])).toEqual([
      ["ven_1", -500],
      ["clearing", 500],
    ])
    const topUp = topUpCredited({ top_up_id: "wtop_1", customer_id: "cus_1", provider_id: "pp_system_default", currency_code: "syp", amount: 2500 })
    expect(topUp).toMatchObject({ type: "top_up", idempotency_key: "top-up:wtop_1" })
    expect(sum(topUp.entries)).toEqual(0)
  })
})

describe("settlementPosting", () => {
  const base = {
    order_id: "order_1",
    vendor_id: "ven_1",
    currency_code: "syp",
    idempotency_key: "settlement:order_1",
    vendor_available_at: new Date("2026-12-09T00:00:00Z"),
  }

  it("pays every share out of clearing the first time, the vendor's pending until the hold ends", () => {
    const posting = settlementPosting({ ...base, target: { vendor: 900, commission: 100, delivery: 100, tax: 0 }, paid: {} })!
    expect(posting.entries.map((entry) => [entry.owner_type, entry.owner_id, MathBN.convert(entry.amount).toNumber()])).toEqual([
      ["vendor", "ven_1", 900],
      ["platform", "commission", 100],
      ["platform", "delivery", 100],
      ["platform", "clearing", -1100],
    ])
    expect(posting.entries[0].available_at).toEqual(base.vendor_available_at)
    expect(posting.entries[1].available_at).toBeNull()
    expect(sum(posting.entries)).toEqual(0)
  })

  it("posts only the difference later, taking money back from the vendor at once", () => {
    const posting = settlementPosting({
      ...base,
      idempotency_key: "settlement:order_1:2",
      target: { vendor: 891, commission: 99, delivery: 100, tax: 0 },
      paid: { vendor: 900, commission: 100, delivery: 100, tax: 0 },
    })!
    expect(posting.entries.map((entry) => [entry.owner_id, MathBN.convert(entry.amount).toNumber(), entry.available_at])).toEqual([
      ["ven_1", -9, null],
      ["commission", -1, null],
      ["clearing", 10, undefined],
    ])
  })

  it("posts nothing when nothing changed", () => {
    const shares = { vendor: 900, commission: 100, delivery: 100, tax: 0 }
    expect(settlementPosting({ ...base, target: shares, paid: shares })).toBeNull()
  })

  it("pays the courier who delivered its share of the delivery fee, the platform the rest", () => {
    const posting = settlementPosting({
      ...base,
      courier_id: "cour_1",
      target: { vendor: 900, commission: 100, delivery: 20, tax: 0, courier: 80 },
      paid: {},
    })!
    expect(posting.entries.map((entry) => [entry.owner_type, entry.owner_id, MathBN.convert(entry.amount).toNumber(), entry.available_at])).toEqual([
      ["vendor", "ven_1", 900, base.vendor_available_at],
      ["platform", "commission", 100, null],
      ["platform", "delivery", 20, null],
      ["courier", "cour_1", 80, null],
      ["platform", "clearing", -1100, undefined],
    ])
  })

  it("moves the courier's share from the platform's delivery account when the order was settled before the courier delivered", () => {
    const posting = settlementPosting({
      ...base,
      courier_id: "cour_1",
      idempotency_key: "settlement:order_1:2",
      target: { vendor: 900, commission: 100, delivery: 20, tax: 0, courier: 80 },
      paid: { vendor: 900, commission: 100, delivery: 100, tax: 0 },
    })!
    expect(posting.entries.map((entry) => [entry.owner_id, MathBN.convert(entry.amount).toNumber()])).toEqual([
      ["delivery", -80],
      ["cour_1", 80],
    ])
  })

  it("refuses a courier's share without the courier", () => {
    expect(() => settlementPosting({ ...base, target: { vendor: 900, commission: 100, delivery: 20, tax: 0, courier: 80 }, paid: {} })).toThrow(
      /needs its courier_id/
    )
  })
})

import { normalizePosting } from "../../../modules/wallet/posting-rules"
import { walletAdjustmentPosting } from "../wallet-adjustment"

const wallet = { id: "lacc_1", owner_type: "customer" as const, owner_id: "cus_1", currency_code: "usd" }
const input = { account_id: "lacc_1", amount: -12.5, reason: "Chargeback", actor_id: "user_1", idempotency_key: "adjustment:abc" }

describe("walletAdjustmentPosting", () => {
  it("moves the wallet against the platform's adjustments account, with the reason and admin on record", () => {
    const posting = walletAdjustmentPosting(wallet, input)
    expect(posting).toMatchObject({
      type: "adjustment",
      idempotency_key: "adjustment:abc",
      note: "Chargeback",
      actor_type: "user",
      actor_id: "user_1",
      entries: [
        { owner_type: "customer", owner_id: "cus_1", currency_code: "usd", amount: -12.5 },
        { owner_type: "platform", owner_id: "adjustments", currency_code: "usd", amount: "12.5" },
      ],
    })
    expect(() => normalizePosting(posting)).not.toThrow()
  })

  it("names amount when the currency cannot hold it, and refuses the adjustments account itself", () => {
    expect(() => walletAdjustmentPosting({ ...wallet, currency_code: "syp" }, input)).toThrow("amount -12.5 has more decimals than SYP allows.")
    expect(() => walletAdjustmentPosting({ ...wallet, owner_type: "platform", owner_id: "adjustments" }, input)).toThrow(/cannot be adjusted itself/)
  })
})

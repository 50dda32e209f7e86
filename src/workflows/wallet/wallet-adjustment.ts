import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { isAtCurrencyPrecision } from "../../modules/wallet/posting-rules"
import { PLATFORM_ACCOUNTS, platformAccount, type LedgerAccountKey, type PostTransactionInput } from "../../modules/wallet/ledger-types"

export type WalletAdjustmentInput = {
  account_id: string
  /** Signed: positive credits the wallet, negative debits it. */
  amount: BigNumberInput
  reason: string
  actor_id: string
  idempotency_key: string
}

/**
 * An admin's manual correction as a balanced posting: the wallet moves by
 * `amount`, the platform's `adjustments` account in the same currency by the
 * opposite. Refuses (400, naming `amount`) an amount the currency cannot hold,
 * and adjusting the adjustments account against itself.
 */
export function walletAdjustmentPosting(account: LedgerAccountKey & { id: string }, input: WalletAdjustmentInput): PostTransactionInput {
  if (account.owner_type === "platform" && account.owner_id === PLATFORM_ACCOUNTS.adjustments) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The platform's adjustments account is the other side of every adjustment; it cannot be adjusted itself.")
  }
  if (!isAtCurrencyPrecision(input.amount, account.currency_code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `amount ${MathBN.convert(input.amount).toFixed()} has more decimals than ${account.currency_code.toUpperCase()} allows.`
    )
  }
  const key = { owner_type: account.owner_type, owner_id: account.owner_id, currency_code: account.currency_code }
  return {
    type: "adjustment",
    reference_type: "adjustment",
    reference_id: input.idempotency_key,
    idempotency_key: input.idempotency_key,
    note: input.reason,
    actor_type: "user",
    actor_id: input.actor_id,
    entries: [
      { ...key, amount: input.amount },
      { ...platformAccount("adjustments", account.currency_code), amount: MathBN.mult(input.amount, -1).toFixed() },
    ],
  }
}

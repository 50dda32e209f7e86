import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../modules/wallet"
import type WalletModuleService from "../../modules/wallet/service"

/**
 * A courier's cash position. A courier has one ledger account per currency:
 * the cash it collected at the door takes it below zero, the earnings of its
 * deliveries and the cash it hands in bring it back up. What it owes the
 * platform is how far below zero it stands.
 */

/** What a courier owes the platform, given its account's balance: never below 0. */
export function cashOwed(balance: BigNumberInput): number {
  return MathBN.lt(balance, 0) ? MathBN.mult(balance, -1).toNumber() : 0
}

/**
 * Whether a courier has reached its cash limit (COURIER_CASH_LIMIT in that
 * currency; 0 for a currency not listed): it owes at least that much, so it
 * is offered no cash-on-delivery order until a deposit brings it back under.
 */
export function cashLimitReached(balance: BigNumberInput, limit: number): boolean {
  return MathBN.gte(cashOwed(balance), limit)
}

/**
 * The couriers among `courierIds` who have reached their cash limit in
 * `currencyCode`, for dispatch to skip when offering a cash-on-delivery order.
 * One query, whatever the number of couriers.
 */
export async function couriersOverCashLimit(container: MedusaContainer, courierIds: string[], currencyCode: string): Promise<Set<string>> {
  if (!courierIds.length) {
    return new Set()
  }
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const currency = currencyCode.toLowerCase()
  const limit = wallet.courierCashLimit(currency)
  const accounts = await wallet.listLedgerAccounts(
    { owner_type: "courier", owner_id: [...new Set(courierIds)], currency_code: currency },
    { select: ["owner_id", "balance"] }
  )
  const balances = new Map(accounts.map((account) => [account.owner_id, account.balance as BigNumberInput]))
  return new Set(courierIds.filter((id) => cashLimitReached(balances.get(id) ?? 0, limit)))
}

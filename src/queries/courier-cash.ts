import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../modules/wallet"
import type { LedgerTransactionView } from "../modules/wallet/ledger-types"
import type WalletModuleService from "../modules/wallet/service"
import { cashLimitReached, cashOwed } from "../workflows/delivery/courier-cash"

/**
 * Read models of couriers' money: a courier's wallet (its earnings and the
 * cash it owes, one account per currency) for the courier and for admins,
 * and the list of what couriers owe for finance.
 */

export type CourierWallet = {
  currency_code: string
  /** The account's balance: earnings less the cash it owes; below zero while it owes more than it earned. */
  balance: number
  available: number
  pending: number
  frozen: number
  /** What the courier owes the platform: how far below zero the balance stands. */
  cash_owed: number
  /** COURIER_CASH_LIMIT in this currency. */
  cash_limit: number
  /** At the limit: no cash-on-delivery order is offered until a deposit brings it back under. */
  cash_limit_reached: boolean
}

const wallets = (scope: MedusaContainer) => scope.resolve<WalletModuleService>(WALLET_MODULE)

function courierWalletOf(balance: Omit<CourierWallet, "cash_owed" | "cash_limit" | "cash_limit_reached">, limit: number): CourierWallet {
  return { ...balance, cash_owed: cashOwed(balance.balance), cash_limit: limit, cash_limit_reached: cashLimitReached(balance.balance, limit) }
}

/** A courier's wallet in one currency; zeros before its first posting. */
export async function courierWallet(scope: MedusaContainer, courierId: string, currencyCode: string): Promise<CourierWallet> {
  const wallet = wallets(scope)
  const balance = await wallet.walletOf({ owner_type: "courier", owner_id: courierId, currency_code: currencyCode })
  return courierWalletOf(balance, wallet.courierCashLimit(currencyCode))
}

/** A courier's wallet in every currency it has an account in or COURIER_CASH_LIMIT names, by currency code. */
export async function courierWallets(scope: MedusaContainer, courierId: string): Promise<CourierWallet[]> {
  const wallet = wallets(scope)
  const limitCurrencies = wallet.courierCashLimitCurrencies()
  const accounts = await wallet.listLedgerAccounts({ owner_type: "courier", owner_id: courierId }, { select: ["id", "currency_code"] })
  const balances = await wallet.walletBalances(accounts.map((account) => account.id))
  const byCurrency = new Map([...balances.values()].map((balance) => [balance.currency_code, balance]))
  const currencies = [...new Set([...byCurrency.keys(), ...limitCurrencies.map((currency) => currency.toLowerCase())])].sort()
  return currencies.map((currency) =>
    courierWalletOf(
      byCurrency.get(currency) ?? { currency_code: currency, balance: 0, available: 0, pending: 0, frozen: 0 },
      wallet.courierCashLimit(currency)
    )
  )
}

/** A posting on a courier's account as an admin sees it: what it did to the account, why, and who recorded it. */
export function adminCourierTransaction(transaction: LedgerTransactionView) {
  return {
    id: transaction.id,
    type: transaction.type,
    reference_type: transaction.reference_type,
    reference_id: transaction.reference_id,
    created_at: transaction.created_at,
    amount: MathBN.sum(...transaction.entries.map((entry) => entry.amount)).toNumber(),
    note: transaction.note,
    actor_type: transaction.actor_type,
    actor_id: transaction.actor_id,
  }
}

/** A page of the postings on a courier's account in one currency, newest first. */
export async function courierTransactions(
  scope: MedusaContainer,
  courierId: string,
  currencyCode: string,
  page: { skip: number; take: number; oldestFirst?: boolean }
) {
  const wallet = wallets(scope)
  const account = await wallet.findAccount({ owner_type: "courier", owner_id: courierId, currency_code: currencyCode })
  if (!account) {
    return { transactions: [], count: 0 }
  }
  const [transactions, count] = await wallet.listAccountTransactions(account.id, page)
  return { transactions: transactions.map(adminCourierTransaction), count }
}

/**
 * Couriers' cash in one currency, those who owe the most first: each with
 * its name and phone, for finance to chase. `owing` keeps those who owe
 * something.
 */
export async function courierCashList(
  scope: MedusaContainer,
  {
    currency_code,
    owing,
    skip,
    take,
    highestBalanceFirst = false,
  }: { currency_code: string; owing: boolean; skip: number; take: number; highestBalanceFirst?: boolean }
) {
  const wallet = wallets(scope)
  const direction = highestBalanceFirst ? "DESC" : "ASC"
  const [accounts, count] = await wallet.listAndCountLedgerAccounts(
    { owner_type: "courier", currency_code, ...(owing ? { balance: { $lt: 0 } } : {}) },
    { select: ["id", "owner_id", "currency_code"], order: { balance: direction, id: direction }, skip, take }
  )
  const balances = await wallet.walletBalances(accounts.map((account) => account.id))
  const { data: couriers } = accounts.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "courier",
        fields: ["id", "first_name", "last_name", "phone", "status"],
        filters: { id: accounts.map((account) => account.owner_id) },
      })
    : { data: [] as any[] }
  const byId = new Map(couriers.map((courier: any) => [courier.id, courier]))
  const limit = wallet.courierCashLimit(currency_code)
  const courier_cash = accounts.map((account) => ({
    courier_id: account.owner_id,
    courier: byId.get(account.owner_id) ?? null,
    ...courierWalletOf(balances.get(account.id)!, limit),
  }))
  return { courier_cash, count }
}

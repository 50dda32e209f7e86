import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, MathBN } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../modules/wallet"
import type { LedgerAccountKey, LedgerTransactionView } from "../modules/wallet/ledger-types"
import type WalletModuleService from "../modules/wallet/service"

/**
 * Read models of wallets for the store, vendor and admin routes: the balance
 * of an owner's wallet and the transactions that touched it.
 */

/** The currency a wallet is read in: the one asked for, which the store must sell, or the store's default. */
export async function walletCurrency(scope: MedusaContainer, requested?: string): Promise<string> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code", "supported_currencies.is_default"] })
  const currencies: { currency_code: string; is_default?: boolean }[] = (store?.supported_currencies ?? []) as any
  if (requested) {
    const code = requested.toLowerCase()
    if (!currencies.some((currency) => currency.currency_code === code)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `currency_code must be one of the store's currencies (${currencies.map((currency) => currency.currency_code).join(", ")}); got '${requested}'.`
      )
    }
    return code
  }
  const fallback = currencies.find((currency) => currency.is_default) ?? currencies[0]
  if (!fallback) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The store sells in no currency yet; pass currency_code.")
  }
  return fallback.currency_code
}

/** Fields a wallet's transaction list can answer; `fields` picks among them. */
export const walletTransactionFields = [
  "id",
  "type",
  "reference_type",
  "reference_id",
  "created_at",
  "currency_code",
  "amount",
  "entries.id",
  "entries.amount",
  "entries.available_at",
]

type WalletTransaction = {
  id: string
  type: string
  reference_type: string
  reference_id: string
  created_at: Date
  currency_code: string
  amount: number
  entries: { id: string; amount: number; available_at: Date }[]
}

/** A transaction as its wallet's owner sees it: what it did to this wallet, without the other side or internal notes. */
function ownView(transaction: LedgerTransactionView, currencyCode: string): WalletTransaction {
  return {
    id: transaction.id,
    type: transaction.type,
    reference_type: transaction.reference_type,
    reference_id: transaction.reference_id,
    created_at: transaction.created_at,
    currency_code: currencyCode,
    amount: MathBN.sum(...transaction.entries.map((entry) => entry.amount)).toNumber(),
    entries: transaction.entries.map((entry) => ({ id: entry.id, amount: entry.amount, available_at: entry.available_at })),
  }
}

/** Keeps the requested fields: top-level names, and `entries.<field>` inside each entry. */
function pick(transaction: WalletTransaction, fields: string[]): Partial<WalletTransaction> {
  const top = new Set(fields.map((field) => field.split(".")[0]))
  const entryFields = fields.filter((field) => field.startsWith("entries.")).map((field) => field.slice("entries.".length))
  const picked: Record<string, unknown> = {}
  for (const name of top) {
    const value = (transaction as Record<string, unknown>)[name]
    picked[name] =
      name === "entries" && entryFields.length && !entryFields.includes("*")
        ? transaction.entries.map((entry) => Object.fromEntries(entryFields.map((field) => [field, (entry as Record<string, unknown>)[field]])))
        : value
  }
  return picked as Partial<WalletTransaction>
}

/** A page of the transactions on an owner's wallet in one currency, newest first unless `order=created_at`. */
export async function walletTransactions(
  scope: MedusaContainer,
  key: LedgerAccountKey,
  { fields, skip, take, order }: { fields: string[]; skip: number; take: number; order?: Record<string, string> }
) {
  const wallet = scope.resolve<WalletModuleService>(WALLET_MODULE)
  const account = await wallet.findAccount(key)
  if (!account) {
    return { transactions: [], count: 0 }
  }
  const oldestFirst = String(order?.created_at ?? "DESC").toUpperCase() === "ASC"
  const [page, count] = await wallet.listAccountTransactions(account.id, { skip, take, oldestFirst })
  return { transactions: page.map((transaction) => pick(ownView(transaction, key.currency_code), fields)), count }
}

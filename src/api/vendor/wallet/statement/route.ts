import type { MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE } from "../../../../modules/wallet"
import type WalletModuleService from "../../../../modules/wallet/service"
import { walletCurrency } from "../../../../queries/wallet"
import type { GetWalletStatementParamsType } from "../../../wallet-params"
import type { VendorRequest } from "../../resolve-vendor-actor"

const csvCell = (value: unknown) => {
  const text = value instanceof Date ? value.toISOString() : String(value ?? "")
  // Quoted when needed; a leading =, +, - or @ is neutralised so spreadsheets never run it as a formula.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The store's wallet statement for a period, as CSV: the opening balance,
 * every movement with its transaction, type, reference (the order, refund,
 * payout or adjustment) and the running balance, and the closing balance.
 * `from` defaults to the first of this month, `to` to now.
 */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as GetWalletStatementParamsType
  const currency = await walletCurrency(req.scope, query.currency_code)
  const now = new Date()
  const from = query.from ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  const to = query.to ?? now
  const wallet = req.scope.resolve<WalletModuleService>(WALLET_MODULE)
  const vendor = req.vendor_context.vendor
  const account = await wallet.findAccount({ owner_type: "vendor", owner_id: vendor.id, currency_code: currency })
  const statement = account
    ? await wallet.accountStatement(account.id, { from, to })
    : { opening_balance: "0", closing_balance: "0", lines: [] }
  const rows: unknown[][] = [
    ["date", "transaction_id", "type", "reference_type", "reference_id", "amount", "currency_code", "available_at", "balance"],
    [from, "", "opening_balance", "", "", "", currency, "", statement.opening_balance],
    ...statement.lines.map((line) => [
      line.created_at,
      line.transaction_id,
      line.type,
      line.reference_type,
      line.reference_id,
      line.amount,
      currency,
      line.available_at,
      line.balance,
    ]),
    [to, "", "closing_balance", "", "", "", currency, "", statement.closing_balance],
  ]
  const day = (date: Date) => date.toISOString().slice(0, 10)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="statement-${vendor.handle ?? vendor.id}-${currency}-${day(from)}-${day(to)}.csv"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n")
}

import type { BankDetails } from "./bank-details-cipher"

export type PayoutCsvRow = {
  payout_id: string
  payee_type: string
  payee_id: string
  payee_name: string | null
  currency_code: string
  amount: string
  created_at: Date | string
  bank: BankDetails | null
}

export const PAYOUT_CSV_COLUMNS = [
  "payout_id",
  "payee_type",
  "payee_id",
  "payee_name",
  "currency_code",
  "amount",
  "account_holder",
  "bank_name",
  "account_number",
  "swift_code",
  "branch",
  "created_at",
] as const

/**
 * One CSV field: quoted when it holds a comma, quote or line break, quotes
 * doubled; a field that a spreadsheet would run as a formula (= + - @, tab,
 * carriage return at the start) is prefixed with ' so it stays text.
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? ""
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The pending manual payouts as a bank-transfer list: one header line, one line per payout, CRLF as RFC 4180 says. */
export function payoutsCsv(rows: PayoutCsvRow[]): string {
  const lines = [PAYOUT_CSV_COLUMNS.join(",")]
  for (const row of rows) {
    lines.push(
      [
        row.payout_id,
        row.payee_type,
        row.payee_id,
        row.payee_name,
        row.currency_code.toUpperCase(),
        row.amount,
        row.bank?.account_holder,
        row.bank?.bank_name,
        row.bank?.account_number,
        row.bank?.swift_code,
        row.bank?.branch,
        new Date(row.created_at).toISOString(),
      ]
        .map((value) => csvField(value))
        .join(",")
    )
  }
  return `${lines.join("\r\n")}\r\n`
}

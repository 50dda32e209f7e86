import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, MathBN } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../modules/payout"
import type PayoutModuleService from "../modules/payout/service"
import type { Payee } from "../modules/payout/service"

/**
 * Read models of payouts for payees (vendors, couriers) and admins: a payout
 * with the earnings it pays, and a payout account without its secrets.
 */

/** Fields a payee's payout list answers; `fields` picks among them. */
export const payeePayoutFields = [
  "id",
  "currency_code",
  "amount",
  "status",
  "method",
  "destination_hint",
  "provider_reference",
  "failure_reason",
  "early",
  "decision_reason",
  "decided_at",
  "processing_at",
  "paid_at",
  "failed_at",
  "created_at",
  "updated_at",
  "items.id",
  "items.reference_type",
  "items.reference_id",
  "items.transaction_id",
  "items.transaction_type",
  "items.gross",
  "items.commission",
  "items.fees",
  "items.net",
  "items.available_at",
]

/** What admins see beyond the payee's view: who the payee is, who decided and who marked it paid. */
export const adminPayoutFields = [
  ...payeePayoutFields,
  "owner_type",
  "owner_id",
  "stripe_account_id",
  "requested_by",
  "decided_by",
  "marked_paid_by",
]

const AMOUNT_KEYS = ["amount", "gross", "commission", "fees", "net"]

/** Amounts as numbers in the currency's main unit (Medusa's bigNumber comes back as an object). */
export function payoutView<T extends Record<string, any>>(payout: T): T {
  const numbers = (row: Record<string, any>) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([key]) => !key.startsWith("raw_"))
        .map(([key, value]) => [key, AMOUNT_KEYS.includes(key) && value !== null && value !== undefined ? MathBN.convert(value).toNumber() : value])
    )
  const view = numbers(payout)
  if (Array.isArray(payout.items)) {
    view.items = payout.items.map(numbers)
  }
  return view as T
}

/** One payout of a payee, or 404 (also when it is another payee's: it is not told apart from a missing one). */
export async function payeePayout(scope: MedusaContainer, payee: Payee, id: string, fields = payeePayoutFields) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payout],
  } = await query.graph({ entity: "payout", fields, filters: { id, owner_type: payee.owner_type, owner_id: payee.owner_id } })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${id} was not found.`)
  }
  return payoutView(payout as Record<string, any>)
}

/** A payout account as its payee and admins read it: the bank details without the full account number. */
export function payoutAccountView(service: PayoutModuleService, account: Record<string, any> | null) {
  if (!account) {
    return null
  }
  const bank = service.openBankDetails(account)
  return {
    id: account.id,
    owner_type: account.owner_type,
    owner_id: account.owner_id,
    method: account.method,
    destination_hint: account.destination_hint,
    stripe_account_id: account.stripe_account_id ?? null,
    bank_details: bank
      ? {
          account_holder: bank.account_holder,
          bank_name: bank.bank_name,
          account_number_last4: bank.account_number.replace(/\s+/g, "").slice(-4),
          swift_code: bank.swift_code ?? null,
          branch: bank.branch ?? null,
        }
      : null,
    created_at: account.created_at,
    updated_at: account.updated_at,
  }
}

/** A payee's payout account as shown to it, or null. */
export async function payeePayoutAccount(scope: MedusaContainer, payee: Payee) {
  const service = scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  return payoutAccountView(service, await service.accountOf(payee))
}

/** When the scheduled run pays next, and the smallest payout per currency. */
export function payoutSchedule(scope: MedusaContainer) {
  const service = scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  return { next_payout_at: service.nextScheduledRun().toISOString() }
}

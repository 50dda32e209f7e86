import type { PayoutMoved } from "../../events"

/** What a payout event says, from a payout row (as the module or the database answers it). */
export function payoutMovedPayload(payout: Record<string, any>, reason: string | null = null): PayoutMoved {
  return {
    id: payout.id,
    owner_type: payout.owner_type,
    owner_id: payout.owner_id,
    currency_code: payout.currency_code,
    amount: String(payout.amount),
    status: payout.status,
    early: Boolean(payout.early),
    reason: reason ?? payout.failure_reason ?? payout.decision_reason ?? null,
    provider_reference: payout.provider_reference ?? null,
  }
}

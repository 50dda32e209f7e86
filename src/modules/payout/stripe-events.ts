import type { StripeConnectEvent } from "./stripe-connect"

export type StripePayoutOutcome =
  | { kind: "paid"; payout_id: string; transfer_id: string }
  | { kind: "failed"; payout_id: string; transfer_id: string; reason: string }

/**
 * What a Stripe event means for a payout, or null when it is not about one:
 * the transfer reached the connected account (`transfer.created`,
 * `transfer.paid`), or it failed or was reversed (`transfer.failed`,
 * `transfer.reversed`). The payout is named by the transfer's metadata.
 */
export function stripePayoutOutcome(event: StripeConnectEvent): StripePayoutOutcome | null {
  const transfer = event.data?.object ?? {}
  const payoutId: string | undefined = transfer.metadata?.payout_id ?? undefined
  if (transfer.object !== "transfer" || !payoutId || typeof transfer.id !== "string") {
    return null
  }
  switch (event.type) {
    case "transfer.created":
    case "transfer.paid":
      return transfer.reversed ? null : { kind: "paid", payout_id: payoutId, transfer_id: transfer.id }
    case "transfer.failed":
      return {
        kind: "failed",
        payout_id: payoutId,
        transfer_id: transfer.id,
        reason: `Stripe could not complete the transfer: ${transfer.failure_message ?? "no reason given"}.`,
      }
    case "transfer.reversed":
      return {
        kind: "failed",
        payout_id: payoutId,
        transfer_id: transfer.id,
        reason: "Stripe reversed the transfer to the connected account.",
      }
    default:
      return null
  }
}

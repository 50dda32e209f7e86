import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import { stripePayoutOutcome } from "../../../../modules/payout/stripe-events"
import { failPayoutWorkflow } from "../../../../workflows/payout/workflows/fail-payout"
import { markPayoutPaidWorkflow } from "../../../../workflows/payout/workflows/mark-payout-paid"

/**
 * Stripe Connect's transfer events for payouts: signed by Stripe (the
 * Stripe-Signature header over the exact body), handled once per event id.
 * A transfer that went through marks its payout paid; one that failed or was
 * reversed fails it, with Stripe's reason, and returns the amount to the payee.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const payouts = req.scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const rail = payouts.stripe()
  if (!rail) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Stripe Connect payouts are off on this server (STRIPE_API_KEY is not set).")
  }
  const signature = req.get("stripe-signature")
  if (!signature) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "stripe-signature header is required: only Stripe's signed events are accepted.")
  }
  let event
  try {
    event = rail.verifyEvent((req as any).rawBody ?? "", signature)
  } catch (error: any) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `stripe-signature does not match this body: ${error?.message ?? "invalid signature"}`)
  }
  const outcome = stripePayoutOutcome(event)
  const first = await payouts.recordWebhookEvent({
    event_id: event.id,
    type: event.type,
    payout_id: outcome?.payout_id ?? null,
    outcome: outcome?.kind ?? "ignored",
  })
  if (!first) {
    return res.json({ received: true, duplicate: true })
  }
  if (!outcome) {
    return res.json({ received: true, handled: false })
  }
  try {
    if (outcome.kind === "paid") {
      await markPayoutPaidWorkflow(req.scope).run({ input: { payout_id: outcome.payout_id, reference: outcome.transfer_id } })
    } else {
      await failPayoutWorkflow(req.scope).run({ input: { payout_id: outcome.payout_id, reason: outcome.reason, reported_by: event.id } })
    }
  } catch (error: any) {
    if (error?.type === MedusaError.Types.NOT_FOUND || error?.type === MedusaError.Types.CONFLICT) {
      // Not a payout of ours, or one that can no longer move that way: recorded, nothing to retry.
      return res.json({ received: true, handled: false, message: error.message })
    }
    // Forget the event, so that Stripe's retry is handled.
    const [recorded] = await payouts.listPayoutWebhookEvents({ event_id: event.id }, { take: 1 })
    if (recorded) {
      await payouts.deletePayoutWebhookEvents(recorded.id)
    }
    throw error
  }
  res.json({ received: true, handled: true })
}

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { payoutMovedPayload } from "../payout-event"
import { movePayoutStep } from "../steps/move-payout"
import { sendStripeTransferStep } from "../steps/send-stripe-transfer"

export const sendPayoutWorkflowId = "send-payout"

/**
 * Sends a `pending` Stripe Connect payout: a transfer to the payee's
 * connected account, then `processing` with the transfer id until Stripe's
 * webhook says paid or failed. Answers Stripe's refusal, if any, for the
 * caller to fail the payout with (failPayoutWorkflow).
 */
export const sendPayoutWorkflow = createWorkflow(sendPayoutWorkflowId, (input: { payout_id: string }) => {
  const { data: payouts } = useQueryGraphStep({
    entity: "payout",
    fields: ["id", "amount", "currency_code", "stripe_account_id", "status", "method"],
    filters: { id: input.payout_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "read-payout-to-send" })
  const sent = sendStripeTransferStep(
    transform({ payouts }, ({ payouts }) => {
      const payout = payouts[0] as any
      return { payout_id: payout.id, amount: String(payout.amount), currency_code: payout.currency_code, stripe_account_id: payout.stripe_account_id }
    })
  )
  when("payout-transfer-sent", { sent }, ({ sent }) => sent.ok).then(() => {
    const result = movePayoutStep(
      transform({ sent, input }, ({ sent, input }) => ({
        payout_id: input.payout_id,
        from: ["pending"] as const,
        to: "processing" as const,
        patch: { provider_reference: sent.ok ? sent.transfer_id : null, processing_at: new Date() },
        // Stripe's webhook may have moved it on already.
        unchanged_if_in: ["processing", "paid", "failed"] as const,
      }))
    )
    emitEventStep({ eventName: DaraaEvents.PAYOUT_PROCESSING, data: transform({ result }, ({ result }) => payoutMovedPayload(result.payout)) })
  })
  return new WorkflowResponse(sent)
})

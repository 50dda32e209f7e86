import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { payoutSent } from "../../../modules/wallet/postings"
import { postLedgerTransactionStep } from "../../wallet/steps/post-ledger-transaction"
import { payoutMovedPayload } from "../payout-event"
import { movePayoutStep } from "../steps/move-payout"
import { validatePayoutMethodStep } from "../steps/validate-payout-method"

export const markPayoutPaidWorkflowId = "mark-payout-paid"

export type MarkPayoutPaidInput = {
  payout_id: string
  /** The bank transfer's reference (manual rail); the Stripe transfer id is kept when Stripe confirms. */
  reference?: string | null
  /** The admin who marked it; null when Stripe's webhook did. */
  actor_id?: string | null
  /** Set when an admin asks: only a payout on this rail may be moved by hand. */
  rail?: "manual" | null
}

/**
 * A payout reached the payee: `paid`, and its amount leaves the platform
 * through the rail's external account (`payout:<id>:sent`). Marking a paid
 * payout again is a no-op that answers it unchanged (its first reference stays).
 */
export const markPayoutPaidWorkflow = createWorkflow(markPayoutPaidWorkflowId, (input: MarkPayoutPaidInput) => {
  validatePayoutMethodStep({ payout_id: input.payout_id, rail: input.rail })
  const result = movePayoutStep(
    transform({ input }, ({ input }) => ({
      payout_id: input.payout_id,
      from: ["pending", "processing"] as const,
      to: "paid" as const,
      patch: {
        paid_at: new Date(),
        ...(input.reference ? { provider_reference: input.reference } : {}),
        ...(input.actor_id ? { marked_paid_by: input.actor_id } : {}),
      },
      unchanged_if_in: ["paid"] as const,
    }))
  )
  when("payout-paid-now", { result }, ({ result }) => result.moved).then(() => {
    postLedgerTransactionStep(
      transform({ result }, ({ result }) =>
        payoutSent({
          ...(result.payout as any),
          payout_id: result.payout.id,
          amount: result.payout.amount,
          rail: result.payout.method === "stripe_connect" ? "stripe" : "manual",
        })
      )
    )
    emitEventStep({ eventName: DaraaEvents.PAYOUT_PAID, data: transform({ result }, ({ result }) => payoutMovedPayload(result.payout)) })
  })
  return new WorkflowResponse(result)
})

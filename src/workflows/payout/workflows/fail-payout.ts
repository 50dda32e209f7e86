import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { payoutReturned } from "../../../modules/wallet/postings"
import { postLedgerTransactionStep } from "../../wallet/steps/post-ledger-transaction"
import { payoutMovedPayload } from "../payout-event"
import { movePayoutStep } from "../steps/move-payout"
import { validatePayoutMethodStep } from "../steps/validate-payout-method"

export const failPayoutWorkflowId = "fail-payout"

export type FailPayoutInput = {
  payout_id: string
  /** Why, in words the payee reads: shown on the payout and in the notification. */
  reason: string
  /** Who says so: a webhook event id, a rail, an admin. */
  reported_by?: string | null
  /** Set when an admin asks: only a payout on this rail may be moved by hand. */
  rail?: "manual" | null
}

/**
 * A payout that did not reach the payee: `failed` with its reason, and its
 * amount returned to the payee's balance (`payout:<id>:return`), available
 * again for the next payout. A payout already failed answers unchanged.
 */
export const failPayoutWorkflow = createWorkflow(failPayoutWorkflowId, (input: FailPayoutInput) => {
  validatePayoutMethodStep({ payout_id: input.payout_id, rail: input.rail })
  const result = movePayoutStep(
    transform({ input }, ({ input }) => ({
      payout_id: input.payout_id,
      from: ["pending", "processing"] as const,
      to: "failed" as const,
      patch: { failure_reason: input.reason, failed_at: new Date() },
      unchanged_if_in: ["failed"] as const,
    }))
  )
  when("payout-failed-now", { result }, ({ result }) => result.moved).then(() => {
    postLedgerTransactionStep(
      transform({ result, input }, ({ result, input }) =>
        payoutReturned({ ...(result.payout as any), payout_id: result.payout.id, amount: result.payout.amount, reason: input.reason })
      )
    )
    emitEventStep({ eventName: DaraaEvents.PAYOUT_FAILED, data: transform({ result }, ({ result }) => payoutMovedPayload(result.payout)) })
  })
  return new WorkflowResponse(result)
})

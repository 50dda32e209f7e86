import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { payoutReturned } from "../../../modules/wallet/postings"
import { postLedgerTransactionStep } from "../../wallet/steps/post-ledger-transaction"
import { payoutMovedPayload } from "../payout-event"
import { movePayoutStep } from "../steps/move-payout"

export const decideEarlyPayoutWorkflowId = "decide-early-payout"

export type DecideEarlyPayoutInput = {
  payout_id: string
  decision: "approve" | "reject"
  reason: string | null
  actor_id: string
}

/**
 * An admin decides a payee's early payout request: approved, it becomes
 * `pending` and is paid on its rail like a scheduled one; rejected, it is
 * `rejected` with the reason and its amount returns to the payee's balance.
 * Only a `requested` payout can be decided (409 otherwise).
 */
export const decideEarlyPayoutWorkflow = createWorkflow(decideEarlyPayoutWorkflowId, (input: DecideEarlyPayoutInput) => {
  const result = movePayoutStep(
    transform({ input }, ({ input }) => ({
      payout_id: input.payout_id,
      from: ["requested"] as const,
      to: input.decision === "approve" ? ("pending" as const) : ("rejected" as const),
      patch: { decided_by: input.actor_id, decision_reason: input.reason, decided_at: new Date() },
    }))
  )
  when("payout-request-rejected", { input }, ({ input }) => input.decision === "reject").then(() => {
    postLedgerTransactionStep(
      transform({ result, input }, ({ result, input }) =>
        payoutReturned({ ...(result.payout as any), payout_id: result.payout.id, amount: result.payout.amount, reason: input.reason ?? "Rejected." })
      )
    )
  })
  emitEventStep({
    eventName: transform({ input }, ({ input }) => (input.decision === "approve" ? DaraaEvents.PAYOUT_APPROVED : DaraaEvents.PAYOUT_REJECTED)),
    data: transform({ result }, ({ result }) => payoutMovedPayload(result.payout)),
  })
  return new WorkflowResponse(result)
})

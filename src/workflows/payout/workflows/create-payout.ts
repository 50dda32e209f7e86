import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import type { PayoutPayee } from "../../../modules/wallet/postings"
import { payoutMovedPayload } from "../payout-event"
import { claimPayoutStep } from "../steps/claim-payout"
import { recordPayoutItemsStep } from "../steps/record-payout-items"
import { releasePayoutClaimStep } from "../steps/release-payout-claim"
import { reservePayoutFundsStep } from "../steps/reserve-payout-funds"
import { selectPayoutStep } from "../steps/select-payout"

export const createPayoutWorkflowId = "create-payout"

export type CreatePayoutInput = {
  payee: PayoutPayee
  /** Asked for by the payee (`requested`, waiting for an admin), rather than made by the schedule (`pending`). */
  early: boolean
  requested_by?: string | null
}

/**
 * Opens a payout of a payee's available balance in one currency: claims the
 * payee's one open slot, selects what to pay, takes the amount out of the
 * payee's balance and lists the earnings it pays. Answers the payout's id, or
 * null when there was nothing to pay or a payout was already open.
 */
export const createPayoutWorkflow = createWorkflow(createPayoutWorkflowId, (input: CreatePayoutInput) => {
  const claimed = claimPayoutStep(
    transform({ input }, ({ input }) => ({ ...input.payee, early: input.early, requested_by: input.requested_by ?? null }))
  )
  const selection = selectPayoutStep({ claimed, payee: input.payee, early: input.early })

  when("payout-nothing-to-pay", { claimed, selection }, ({ claimed, selection }) => !!claimed && !selection).then(() => {
    releasePayoutClaimStep(transform({ claimed }, ({ claimed }) => ({ payout_id: claimed!.id })))
  })

  const payoutId = when("payout-to-pay", { claimed, selection }, ({ claimed, selection }) => !!claimed && !!selection).then(() => {
    const amounts = transform({ claimed, selection, input }, ({ claimed, selection, input }) => ({
      ...input.payee,
      payout_id: claimed!.id,
      amount: selection!.amount,
      items: selection!.items,
    }))
    reservePayoutFundsStep(amounts)
    recordPayoutItemsStep(amounts)
    emitEventStep({
      eventName: transform({ input }, ({ input }) => (input.early ? DaraaEvents.PAYOUT_REQUESTED : DaraaEvents.PAYOUT_CREATED)),
      data: transform({ amounts, input }, ({ amounts, input }) =>
        payoutMovedPayload({ id: amounts.payout_id, ...input.payee, amount: amounts.amount, status: input.early ? "requested" : "pending", early: input.early })
      ),
    })
    return amounts.payout_id
  })

  return new WorkflowResponse(transform({ payoutId }, ({ payoutId }) => (payoutId ?? null) as string | null))
})

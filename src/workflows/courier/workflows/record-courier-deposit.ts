import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { postLedgerTransactionWorkflow } from "../../wallet/workflows/post-ledger-transaction"
import { prepareCourierDepositStep, type CourierDepositInput } from "../steps/prepare-courier-deposit"

export const recordCourierDepositWorkflowId = "record-courier-deposit"

/**
 * A courier hands in cash it collected, recorded by an admin with the
 * receipt's reference: the cash rail → the courier's account, so it owes that
 * much less, and once under its cash limit it is offered cash orders again.
 * Idempotent on the reference; under a lock per courier and currency, so two
 * deposits at once cannot together hand in more than the courier owed.
 */
export const recordCourierDepositWorkflow = createWorkflow(recordCourierDepositWorkflowId, (input: CourierDepositInput) => {
  const lockKey = transform({ input }, ({ input }) => `courier-cash:${input.courier_id}:${input.currency_code.toLowerCase()}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const posting = prepareCourierDepositStep(input)
  const posted = postLedgerTransactionWorkflow.runAsStep({ input: posting })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(posted)
})

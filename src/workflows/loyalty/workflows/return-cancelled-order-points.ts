import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postLedgerTransactionWorkflow } from "../../wallet/workflows/post-ledger-transaction"
import { appendPointsEntriesStep } from "../steps/append-points-entries"
import { preparePointsReturnStep } from "../steps/prepare-points-return"

export const returnCancelledOrderPointsWorkflowId = "return-cancelled-order-points"

/** A rejected or cancelled vendor order gives the customer back the points that paid for it, and its funding leaves clearing; once. */
export const returnCancelledOrderPointsWorkflow = createWorkflow(returnCancelledOrderPointsWorkflowId, (input: { order_id: string }) => {
  const plan = preparePointsReturnStep(input)
  const written = appendPointsEntriesStep(transform({ plan }, ({ plan }) => plan.entries))
  when("points-paid-the-order", { plan }, ({ plan }) => !!plan.posting).then(() => {
    postLedgerTransactionWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => plan.posting!) })
  })
  return new WorkflowResponse(transform({ written }, ({ written }) => written.filter((item) => item.created).map((item) => item.entry)))
})

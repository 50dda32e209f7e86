import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postLedgerTransactionWorkflow } from "../../wallet/workflows/post-ledger-transaction"
import { prepareLoyaltyFundingStep } from "../steps/prepare-loyalty-funding"

export const fundLoyaltyDiscountWorkflowId = "fund-loyalty-discount"

/** Posts who pays a vendor order's points discount into clearing, once (`docs/loyalty.md`, "Who pays"). */
export const fundLoyaltyDiscountWorkflow = createWorkflow(fundLoyaltyDiscountWorkflowId, (input: { order_id: string }) => {
  const posting = prepareLoyaltyFundingStep(input)
  when("order-paid-with-points", { posting }, ({ posting }) => !!posting).then(() => {
    postLedgerTransactionWorkflow.runAsStep({ input: transform({ posting }, ({ posting }) => posting!) })
  })
  return new WorkflowResponse(posting)
})

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { walletAdjustmentPosting, type WalletAdjustmentInput } from "../wallet-adjustment"
import { postLedgerTransactionWorkflow } from "./post-ledger-transaction"

export const createWalletAdjustmentWorkflowId = "create-wallet-adjustment"

/**
 * An admin credits or debits one wallet by hand, with a reason, against the
 * platform's `adjustments` account. The ledger refuses to take a customer
 * below 0 or a courier past its cash limit.
 */
export const createWalletAdjustmentWorkflow = createWorkflow(createWalletAdjustmentWorkflowId, (input: WalletAdjustmentInput) => {
  const { data: accounts } = useQueryGraphStep({
    entity: "ledger_account",
    fields: ["id", "owner_type", "owner_id", "currency_code"],
    filters: { id: input.account_id },
    options: { throwIfKeyNotFound: true },
  })
  const posting = transform({ accounts, input }, ({ accounts, input }) => walletAdjustmentPosting(accounts[0] as any, input))
  const posted = postLedgerTransactionWorkflow.runAsStep({ input: posting })
  return new WorkflowResponse(posted)
})

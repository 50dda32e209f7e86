import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents, type DaraaEventPayload } from "../../../events"
import type { PostedTransaction, PostTransactionInput } from "../../../modules/wallet/ledger-types"
import { postLedgerTransactionStep } from "../steps/post-ledger-transaction"

export const postLedgerTransactionWorkflowId = "post-ledger-transaction"

/** What `ledger.transaction_posted` carries: the transaction and every entry's amount, as a decimal string. */
export function transactionPostedPayload({ transaction }: PostedTransaction): DaraaEventPayload<typeof DaraaEvents.LEDGER_TRANSACTION_POSTED> {
  return {
    id: transaction.id,
    type: transaction.type,
    reference_type: transaction.reference_type,
    reference_id: transaction.reference_id,
    entries: transaction.entries.map((entry) => ({
      account_id: entry.account_id,
      owner_type: entry.owner_type,
      owner_id: entry.owner_id,
      currency_code: entry.currency_code,
      amount: String(entry.amount),
    })),
  }
}

/**
 * The one door for moving money: posts a balanced, idempotent transaction and
 * announces it. A replayed idempotency key answers the first transaction and
 * announces nothing.
 */
export const postLedgerTransactionWorkflow = createWorkflow(postLedgerTransactionWorkflowId, (input: PostTransactionInput) => {
  const posted = postLedgerTransactionStep(input)
  when({ posted }, ({ posted }) => posted.created).then(() => {
    emitEventStep({ eventName: DaraaEvents.LEDGER_TRANSACTION_POSTED, data: transform({ posted }, ({ posted }) => transactionPostedPayload(posted)) })
  })
  return new WorkflowResponse(posted)
})

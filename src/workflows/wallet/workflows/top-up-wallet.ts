import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { topUpCredited } from "../../../modules/wallet/postings"
import { createTopUpStep, loadTopUpStep, markTopUpCreditedStep, payTopUpStep } from "../steps/top-up-steps"
import { postLedgerTransactionWorkflow } from "./post-ledger-transaction"

export const createWalletTopUpWorkflow = createWorkflow(
  "create-wallet-top-up",
  (input: { customer_id: string; currency_code: string; amount: number }) => new WorkflowResponse(createTopUpStep(input))
)

export type CompleteWalletTopUpWorkflowInput = { top_up_id: string; customer_id?: string }

/**
 * Pays a top-up and credits the wallet, once: its payment is authorised and
 * captured where it is not yet, and the ledger credits the customer from the
 * rail under `top-up:<id>`. Under a lock per top-up, so a retried request or
 * a webhook at the same moment credits nothing more.
 */
export const completeWalletTopUpWorkflow = createWorkflow("complete-wallet-top-up", (input: CompleteWalletTopUpWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `wallet-top-up:${input.top_up_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const topUp = loadTopUpStep(input)
  payTopUpStep(topUp)
  const posted = postLedgerTransactionWorkflow.runAsStep({
    input: transform({ topUp }, ({ topUp }) =>
      topUpCredited({
        top_up_id: topUp.top_up_id,
        customer_id: topUp.customer_id,
        provider_id: topUp.provider_id!,
        currency_code: topUp.currency_code,
        amount: topUp.amount,
      })
    ),
  })
  const credited = markTopUpCreditedStep(
    transform({ topUp, posted }, ({ topUp, posted }) => ({ top_up_id: topUp.top_up_id, transaction_id: posted.transaction.id }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ top_up: credited, transaction: posted })
})

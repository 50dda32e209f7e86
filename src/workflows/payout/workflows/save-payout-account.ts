import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Payee, PayoutAccountInput } from "../../../modules/payout/service"
import { preparePayoutAccountStep } from "../steps/prepare-payout-account"
import { savePayoutAccountStep } from "../steps/save-payout-account"

export const savePayoutAccountWorkflowId = "save-payout-account"

/**
 * A payee sets where its payouts go. Payouts already open keep the
 * destination they were made for; the next ones use the new account.
 */
export const savePayoutAccountWorkflow = createWorkflow(
  savePayoutAccountWorkflowId,
  (input: { payee: Payee; account: PayoutAccountInput; actor_id: string | null }) => {
    const fields = preparePayoutAccountStep({ account: input.account, actor_id: input.actor_id })
    const saved = savePayoutAccountStep({ payee: input.payee, fields })
    return new WorkflowResponse(saved)
  }
)

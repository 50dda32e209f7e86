import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CommissionRuleInput } from "../steps/create-commission-rule"
import { updateCommissionRuleStep } from "../steps/update-commission-rule"
import { validateCommissionRuleTargetsStep } from "../steps/validate-commission-rule-targets"
import { DaraaEvents } from "../../../events"

export const updateCommissionRuleWorkflowId = "update-commission-rule"

export const updateCommissionRuleWorkflow = createWorkflow(
  updateCommissionRuleWorkflowId,
  (input: { id: string; update: Partial<CommissionRuleInput> }) => {
    validateCommissionRuleTargetsStep(input.update)
    const rule = updateCommissionRuleStep(input)
    emitEventStep({ eventName: DaraaEvents.COMMISSION_RULE_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(rule)
  }
)

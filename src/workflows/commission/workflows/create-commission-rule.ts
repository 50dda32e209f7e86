import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCommissionRuleStep, type CommissionRuleInput } from "../steps/create-commission-rule"
import { validateCommissionRuleTargetsStep } from "../steps/validate-commission-rule-targets"
import { DaraaEvents } from "../../../events"

export const createCommissionRuleWorkflowId = "create-commission-rule"

export const createCommissionRuleWorkflow = createWorkflow(createCommissionRuleWorkflowId, (input: CommissionRuleInput) => {
  validateCommissionRuleTargetsStep(input)
  const rule = createCommissionRuleStep(input)
  emitEventStep({ eventName: DaraaEvents.COMMISSION_RULE_CREATED, data: { id: rule.id } })
  return new WorkflowResponse(rule)
})

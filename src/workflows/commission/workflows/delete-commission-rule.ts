import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { DaraaEvents } from "../../../events"

// Soft delete, so commission lines that snapshot a rule can still point at it.
const softDeleteCommissionRuleStep = createStep(
  "soft-delete-commission-rule",
  async (id: string, { container }) => {
    await container.resolve<CommissionModuleService>(COMMISSION_MODULE).softDeleteCommissionRules(id)
    return new StepResponse(undefined, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommissionModuleService>(COMMISSION_MODULE).restoreCommissionRules(id)
    }
  }
)

export const deleteCommissionRuleWorkflowId = "delete-commission-rule"

export const deleteCommissionRuleWorkflow = createWorkflow(deleteCommissionRuleWorkflowId, (input: { id: string }) => {
  softDeleteCommissionRuleStep(input.id)
  emitEventStep({ eventName: DaraaEvents.COMMISSION_RULE_DELETED, data: { id: input.id } })
  return new WorkflowResponse(undefined)
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export type CommissionRuleInput = {
  name: string
  vendor_id?: string | null
  category_id?: string | null
  percent_rate?: number | null
  flat_amount?: number | null
  currency_code?: string | null
  priority?: number
  is_active?: boolean
}

export const createCommissionRuleStep = createStep(
  "create-commission-rule",
  async (input: CommissionRuleInput, { container }) => {
    const rule = await container.resolve<CommissionModuleService>(COMMISSION_MODULE).createCommissionRules(input as any)
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommissionModuleService>(COMMISSION_MODULE).deleteCommissionRules(id)
    }
  }
)

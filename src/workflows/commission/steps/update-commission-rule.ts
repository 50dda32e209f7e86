import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRuleInput } from "./create-commission-rule"

/** Updates a rule; after the change it must still charge something (a percent or a flat amount). */
export const updateCommissionRuleStep = createStep(
  "update-commission-rule",
  async (input: { id: string; update: Partial<CommissionRuleInput> }, { container }) => {
    const rules = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const previous = await rules.retrieveCommissionRule(input.id)
    const next = { ...previous, ...input.update } as any
    if (next.percent_rate == null && next.flat_amount == null) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "percent_rate or flat_amount is required: a rule must charge something")
    }
    if (next.flat_amount != null && !next.currency_code) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "currency_code is required with flat_amount")
    }
    const rule = await rules.updateCommissionRules({ id: input.id, ...input.update } as any)
    const restore = Object.fromEntries(Object.keys(input.update).map((key) => [key, (previous as any)[key]]))
    return new StepResponse(rule, { id: input.id, ...restore })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<CommissionModuleService>(COMMISSION_MODULE).updateCommissionRules(previous as any)
    }
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionAdjustmentDTO } from "../../../modules/commission/service"

export type CreateCommissionAdjustmentsStepInput = {
  order_id: string
  vendor_id: string
  currency_code: string
  /** Deltas as decimal strings. */
  drafts: { commission_line_id: string; cause: string; base_delta: string; amount_delta: string }[]
}

/** Records commission adjustments; the compensation deletes them. */
export const createCommissionAdjustmentsStep = createStep(
  "create-commission-adjustments",
  async (input: CreateCommissionAdjustmentsStepInput, { container }) => {
    if (!input.drafts.length) {
      return new StepResponse([] as CommissionAdjustmentDTO[], [] as string[])
    }
    const commissions = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const created = (await commissions.createCommissionAdjustments(
      input.drafts.map((draft) => ({
        commission_line_id: draft.commission_line_id,
        cause: draft.cause,
        order_id: input.order_id,
        vendor_id: input.vendor_id,
        currency_code: input.currency_code,
        base_delta: draft.base_delta,
        amount_delta: draft.amount_delta,
      })) as any
    )) as unknown as CommissionAdjustmentDTO[]
    return new StepResponse(
      created,
      created.map((adjustment) => adjustment.id)
    )
  },
  async (createdIds, { container }) => {
    if (createdIds?.length) {
      await container.resolve<CommissionModuleService>(COMMISSION_MODULE).deleteCommissionAdjustments(createdIds)
    }
  }
)

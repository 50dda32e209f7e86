import type { BigNumberInput } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionLineDTO } from "../../../modules/commission/service"

export type CommissionLineUpdate = {
  id: string
  base_amount: BigNumberInput
  amount: BigNumberInput
  recomputed_at: Date
}

/** Writes recomputed lines; the compensation puts back what they held before. */
export const updateCommissionLinesStep = createStep(
  "update-commission-lines",
  async (updates: CommissionLineUpdate[], { container }) => {
    if (!updates.length) {
      return new StepResponse([] as CommissionLineDTO[], [] as CommissionLineUpdate[])
    }
    const commissions = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const previous = await commissions.listCommissionLines({ id: updates.map((update) => update.id) })
    const updated = (await commissions.updateCommissionLines(updates as any)) as unknown as CommissionLineDTO[]
    return new StepResponse(
      updated,
      previous.map((line: any) => ({
        id: line.id,
        // The raw values keep the precision that the plain numbers lose.
        base_amount: line.raw_base_amount ?? line.base_amount,
        amount: line.raw_amount ?? line.amount,
        recomputed_at: line.recomputed_at,
      }))
    )
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await container.resolve<CommissionModuleService>(COMMISSION_MODULE).updateCommissionLines(previous as any)
    }
  }
)

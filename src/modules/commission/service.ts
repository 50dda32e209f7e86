import type { InferTypeOf } from "@medusajs/framework/types"
import { BigNumber, MathBN, MedusaService } from "@medusajs/framework/utils"
import { currentCommission } from "./commission-calculation"
import { CommissionAdjustment } from "./models/commission-adjustment"
import { CommissionLine } from "./models/commission-line"
import { CommissionRule } from "./models/commission-rule"

export type CommissionLineDTO = InferTypeOf<typeof CommissionLine>
export type CommissionAdjustmentDTO = InferTypeOf<typeof CommissionAdjustment>

/** A line as routes show it: as placed, its adjustments, and its base and amount now. */
export type CurrentCommissionLine = Omit<CommissionLineDTO, "adjustments"> & {
  base_amount: BigNumber
  amount: BigNumber
  adjustments: CommissionAdjustmentDTO[]
}

export type OrderCommissionSummary = { commission_total: BigNumber; lines: CurrentCommissionLine[] }

class CommissionModuleService extends MedusaService({ CommissionRule, CommissionLine, CommissionAdjustment }) {
  /**
   * Each order's commission lines, with their amounts now, and their total, in
   * one query, for routes that show orders with `commission_total`. An order
   * without lines owes 0.
   */
  async summarizeOrders(orderIds: string[]): Promise<Map<string, OrderCommissionSummary>> {
    const uniqueIds = [...new Set(orderIds)]
    const linesByOrder = new Map<string, CurrentCommissionLine[]>(uniqueIds.map((id) => [id, []]))
    if (uniqueIds.length) {
      const lines = (await this.listCommissionLines(
        { order_id: uniqueIds },
        { relations: ["adjustments"], order: { created_at: "ASC", id: "ASC" } }
      )) as unknown as CommissionLineDTO[]
      for (const line of lines) {
        linesByOrder.get(line.order_id)?.push(withCurrentAmounts(line))
      }
    }
    const summaries = new Map<string, OrderCommissionSummary>()
    for (const [orderId, lines] of linesByOrder) {
      const total = MathBN.sum(...lines.map((line) => line.amount))
      summaries.set(orderId, { commission_total: new BigNumber(total), lines })
    }
    return summaries
  }
}

/** The line with `base_amount` and `amount` as they are now, and its adjustments oldest first. */
export function withCurrentAmounts(line: CommissionLineDTO): CurrentCommissionLine {
  const adjustments = ([...((line.adjustments ?? []) as unknown as CommissionAdjustmentDTO[])] as any[]).sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || String(a.id).localeCompare(String(b.id))
  )
  const now = currentCommission({ ...(line as any), adjustments })
  return {
    ...(line as any),
    base_amount: new BigNumber(now.base_amount),
    amount: new BigNumber(now.amount),
    adjustments,
  }
}

export default CommissionModuleService

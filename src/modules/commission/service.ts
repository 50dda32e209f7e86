import type { InferTypeOf } from "@medusajs/framework/types"
import { BigNumber, MathBN, MedusaService } from "@medusajs/framework/utils"
import { CommissionLine } from "./models/commission-line"
import { CommissionRule } from "./models/commission-rule"

export type CommissionLineDTO = InferTypeOf<typeof CommissionLine>

export type OrderCommissionSummary = { commission_total: BigNumber; lines: CommissionLineDTO[] }

class CommissionModuleService extends MedusaService({ CommissionRule, CommissionLine }) {
  /**
   * Each order's commission lines and their total, in one query, for routes
   * that show orders with `commission_total`. An order without lines owes 0.
   */
  async summarizeOrders(orderIds: string[]): Promise<Map<string, OrderCommissionSummary>> {
    const uniqueIds = [...new Set(orderIds)]
    const linesByOrder = new Map<string, CommissionLineDTO[]>(uniqueIds.map((id) => [id, []]))
    if (uniqueIds.length) {
      const lines = (await this.listCommissionLines(
        { order_id: uniqueIds },
        { order: { created_at: "ASC", id: "ASC" } }
      )) as unknown as CommissionLineDTO[]
      for (const line of lines) {
        linesByOrder.get(line.order_id)?.push(line)
      }
    }
    const summaries = new Map<string, OrderCommissionSummary>()
    for (const [orderId, lines] of linesByOrder) {
      // The raw value keeps the precision that the plain number loses.
      const total = MathBN.sum(...lines.map((line) => (line as any).raw_amount ?? line.amount))
      summaries.set(orderId, { commission_total: new BigNumber(total), lines })
    }
    return summaries
  }
}

export default CommissionModuleService

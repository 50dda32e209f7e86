import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { recomputeCommissionLines, type OrderCommissionState } from "../../../modules/commission/commission-calculation"
import { updateCommissionLinesStep, type CommissionLineUpdate } from "../steps/update-commission-lines"
import { DaraaEvents } from "../../../events"

export const recomputeOrderCommissionWorkflowId = "recompute-order-commission"

const COMMISSION_LINE_FIELDS = [
  "id",
  "line_item_id",
  "percent_rate",
  "raw_percent_rate",
  "flat_amount",
  "raw_flat_amount",
  "original_base_amount",
  "raw_original_base_amount",
]

// Asking for the order's `total` makes Medusa compute item totals, including
// what the returned units are worth (`return_received_total`, `return_dismissed_total`).
const ORDER_FIELDS = [
  "id",
  "currency_code",
  "status",
  "canceled_at",
  "total",
  "summary",
  "items.id",
  "items.total",
  "items.return_received_total",
  "items.return_dismissed_total",
  "items.detail.quantity",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
]

/**
 * Brings an order's commission lines in line with what the order still keeps
 * after a cancel, returns and refunds (see `recomputeCommissionLines`), then
 * emits `commission.recomputed`. It always starts from the placed values, so
 * running it again changes nothing. An order without lines is left alone.
 */
export const recomputeOrderCommissionWorkflow = createWorkflow(
  recomputeOrderCommissionWorkflowId,
  (input: { order_id: string }) => {
    // Two events about one order (a refund and a return) must not interleave their reads and writes.
    const lockKey = transform({ input }, ({ input }) => `commission-recompute:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })

    const { data: lines } = useQueryGraphStep({
      entity: "commission_line",
      fields: COMMISSION_LINE_FIELDS,
      filters: { order_id: input.order_id },
    }).config({ name: "order-commission-lines" })

    const updated = when("order-has-commission-lines", { lines }, ({ lines }) => lines.length > 0).then(() => {
      const { data: orders } = useQueryGraphStep({
        entity: "order",
        fields: ORDER_FIELDS,
        filters: { id: input.order_id },
        options: { throwIfKeyNotFound: true },
      }).config({ name: "order-to-recompute" })

      const updates = transform({ orders, lines }, ({ orders, lines }) =>
        commissionLineUpdates(orders[0] as unknown as OrderNow, lines as unknown as PlacedLine[])
      )
      const updatedLines = updateCommissionLinesStep(updates)
      emitEventStep({ eventName: DaraaEvents.COMMISSION_RECOMPUTED, data: { order_id: input.order_id } })
      return updatedLines
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated ?? []))
  }
)

type BigNumberFields = Record<string, any>
type OrderNow = BigNumberFields & {
  currency_code: string
  status: string
  canceled_at: Date | string | null
  summary: BigNumberFields | null
  items: (BigNumberFields & { id: string; detail?: BigNumberFields | null })[] | null
}
type PlacedLine = BigNumberFields & { id: string; line_item_id: string }

/** What each line carries now, from Medusa's view of the order: status, item quantities and totals, refunds. */
function commissionLineUpdates(order: OrderNow, lines: PlacedLine[]): CommissionLineUpdate[] {
  const items = order.items ?? []
  const itemById = new Map(items.map((item) => [item.id, item]))
  const state: OrderCommissionState = {
    currency_code: order.currency_code,
    canceled: order.status === "canceled" || !!order.canceled_at,
    refunded_total: order.summary?.raw_refunded_total ?? order.summary?.refunded_total ?? 0,
    returned_items_total: MathBN.sum(
      ...items.flatMap((item) => [raw(item, "return_received_total"), raw(item, "return_dismissed_total")])
    ),
    kept_items_total: MathBN.sum(...items.map((item) => raw(item, "total"))),
    lines: lines.map((line) => {
      // A line whose item left the order keeps no quantity, so no base.
      const detail = itemById.get(line.line_item_id)?.detail ?? {}
      return {
        id: line.id,
        original_base_amount: raw(line, "original_base_amount"),
        percent_rate: line.raw_percent_rate ?? line.percent_rate ?? null,
        flat_amount: line.raw_flat_amount ?? line.flat_amount ?? null,
        quantity: raw(detail, "quantity"),
        returned_quantity: MathBN.add(raw(detail, "return_received_quantity"), raw(detail, "return_dismissed_quantity")),
      }
    }),
  }
  const recomputedAt = new Date()
  return recomputeCommissionLines(state).map((line) => ({
    id: line.id,
    base_amount: line.base_amount.toFixed(),
    amount: line.amount.toFixed(),
    recomputed_at: recomputedAt,
  }))
}

/** A big number field at full precision: Medusa answers `raw_<field>` beside the plain number. */
function raw(record: BigNumberFields, field: string) {
  return record[`raw_${field}`] ?? record[field] ?? 0
}

import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  commissionAdjustmentsFor,
  recomputeCommissionLines,
  type CommissionAdjustmentDraft,
  type OrderCommissionState,
  type StoredCommissionLine,
} from "../../../modules/commission/commission-calculation"
import { createCommissionAdjustmentsStep } from "../steps/create-commission-adjustments"
import { DaraaEvents } from "../../../events"

export const recomputeOrderCommissionWorkflowId = "recompute-order-commission"

export type RecomputeOrderCommissionWorkflowInput = {
  order_id: string
  /**
   * What changed the order, and the idempotency key of the adjustments it
   * records: `refund:<refund id>`, `return:<return id>`, `cancel:<order id>`.
   */
  cause: string
}

const COMMISSION_LINE_FIELDS = [
  "id",
  "line_item_id",
  "vendor_id",
  "currency_code",
  "percent_rate",
  "raw_percent_rate",
  "flat_amount",
  "raw_flat_amount",
  "original_base_amount",
  "raw_original_base_amount",
  "original_amount",
  "raw_original_amount",
  "adjustments.id",
  "adjustments.cause",
  "adjustments.base_delta",
  "adjustments.raw_base_delta",
  "adjustments.amount_delta",
  "adjustments.raw_amount_delta",
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
 * What each line of the order should carry now, less what it carries: the
 * adjustments to record under the cause (none for an order without lines). Reads only.
 */
const commissionAdjustmentDraftsStep = createStep(
  "commission-adjustment-drafts",
  async (input: RecomputeOrderCommissionWorkflowInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: lines } = await query.graph({ entity: "commission_line", fields: COMMISSION_LINE_FIELDS, filters: { order_id: input.order_id } })
    const stored = lines as unknown as (StoredCommissionLine & PlacedLine)[]
    if (!stored.length) {
      return new StepResponse({ order_id: input.order_id, vendor_id: "", currency_code: "", drafts: [] as AdjustmentDraft[] })
    }
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } }, { throwIfKeyNotFound: true })
    const targets = recomputeCommissionLines(commissionStateOf(order as unknown as OrderNow, stored))
    return new StepResponse({
      order_id: input.order_id,
      vendor_id: stored[0].vendor_id,
      currency_code: stored[0].currency_code,
      // Decimal strings: a step's output is stored as JSON between steps.
      drafts: commissionAdjustmentsFor(stored, targets, input.cause).map((draft) => ({
        ...draft,
        base_delta: draft.base_delta.toFixed(),
        amount_delta: draft.amount_delta.toFixed(),
      })),
    })
  }
)

/**
 * Works out what an order's commission lines should carry after a cancel,
 * returns and refunds (see `recomputeCommissionLines`, always from the placed
 * values), and records the difference from what they carry now as commission
 * adjustments under `cause`. Lines are never rewritten. Running it again, for
 * the same cause or another, records nothing when nothing changed; then
 * `commission.adjusted` is not emitted either. An order without lines is left alone.
 */
export const recomputeOrderCommissionWorkflow = createWorkflow(
  recomputeOrderCommissionWorkflowId,
  (input: RecomputeOrderCommissionWorkflowInput) => {
    // Two events about one order (a refund and a return) must not interleave their reads and writes.
    const lockKey = transform({ input }, ({ input }) => `commission-recompute:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })

    const drafts = commissionAdjustmentDraftsStep(input)
    const created = createCommissionAdjustmentsStep(drafts)
    when("commission-adjusted", { created }, ({ created }) => created.length > 0).then(() => {
      emitEventStep({
        eventName: DaraaEvents.COMMISSION_ADJUSTED,
        data: transform({ drafts, created }, ({ drafts, created }) => ({
          order_id: drafts.order_id,
          vendor_id: drafts.vendor_id,
          cause: created[0].cause,
          adjustment_ids: created.map((adjustment) => adjustment.id),
        })),
      })
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(created)
  }
)

type AdjustmentDraft = Omit<CommissionAdjustmentDraft, "base_delta" | "amount_delta"> & { base_delta: string; amount_delta: string }

type BigNumberFields = Record<string, any>
type OrderNow = BigNumberFields & {
  currency_code: string
  status: string
  canceled_at: Date | string | null
  summary: BigNumberFields | null
  items: (BigNumberFields & { id: string; detail?: BigNumberFields | null })[] | null
}
type PlacedLine = BigNumberFields & { id: string; line_item_id: string; vendor_id: string; currency_code: string }

/** The order as the commission sees it now, from Medusa's view: status, item quantities and totals, refunds. */
function commissionStateOf(order: OrderNow, lines: PlacedLine[]): OrderCommissionState {
  const items = order.items ?? []
  const itemById = new Map(items.map((item) => [item.id, item]))
  return {
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
}

/** A big number field at full precision: Medusa answers `raw_<field>` beside the plain number. */
function raw(record: BigNumberFields, field: string) {
  return record[`raw_${field}`] ?? record[field] ?? 0
}

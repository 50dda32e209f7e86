import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { findLowStockVariantsStep } from "../steps/find-low-stock-variants"
import { DaraaEvents } from "../../../events"

export const checkOrderLowStockWorkflowId = "check-order-low-stock"

/** After an order reserves stock, each vendor variant left at or under its threshold emits `vendor.stock_low`. */
export const checkOrderLowStockWorkflow = createWorkflow(checkOrderLowStockWorkflowId, (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "items.variant_id"],
    filters: { id: input.order_id },
  })
  const low = findLowStockVariantsStep({
    variant_ids: transform({ orders }, ({ orders }) =>
      [...new Set(((orders[0] as any)?.items ?? []).map((item: any) => item?.variant_id).filter(Boolean))] as string[]
    ),
  })
  when({ low }, ({ low }) => low.length > 0).then(() => {
    emitEventStep({ eventName: DaraaEvents.VENDOR_STOCK_LOW, data: low })
  })
  return new WorkflowResponse(low)
})

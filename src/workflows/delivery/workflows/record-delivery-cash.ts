import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { recordCashCollectionWorkflow } from "../../wallet/workflows/record-cash-collection"
import { markDeliveryCashCollectedStep } from "../steps/mark-delivery-cash-collected"
import { validateDeliveryCashReportStep } from "../steps/validate-delivery-cash-report"

export type RecordDeliveryCashWorkflowInput = { delivery_id: string; courier_id: string; amount: number }

export const recordDeliveryCashWorkflowId = "record-delivery-cash"

/**
 * A courier collected the cash of a delivery paid on delivery: the vendor
 * order's payment is authorised and captured in Medusa's payment module, the
 * ledger posts "the courier owes the cash" (courier → clearing, never refused
 * by the cash limit: the cash is in its hands), and the delivery is stamped
 * `cash_collected_at`. Once per delivery, under its lock, so two reports at
 * the same moment capture and post once.
 */
export const recordDeliveryCashWorkflow = createWorkflow(recordDeliveryCashWorkflowId, (input: RecordDeliveryCashWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `delivery-cash:${input.delivery_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const delivery = validateDeliveryCashReportStep(
    transform({ input }, ({ input }) => ({ delivery_id: input.delivery_id, courier_id: input.courier_id }))
  )
  const collected = recordCashCollectionWorkflow.runAsStep({
    input: transform({ delivery, input }, ({ delivery, input }) => ({
      order_id: delivery.order_id,
      amount: input.amount,
      actor: { type: "courier" as const, id: input.courier_id },
    })),
  })
  markDeliveryCashCollectedStep(transform({ input }, ({ input }) => ({ delivery_id: input.delivery_id })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ delivery, transaction: collected.transaction })
})

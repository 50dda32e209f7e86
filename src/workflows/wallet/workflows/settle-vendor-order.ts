import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { vendorOrderAmountsStep } from "../../vendor-order/steps/vendor-order-amounts"
import { prepareSettlementStep, type SettlementTrigger } from "../steps/prepare-settlement"
import { postLedgerTransactionWorkflow } from "./post-ledger-transaction"

export type SettleVendorOrderWorkflowInput = { order_id: string; trigger: SettlementTrigger }

export const settleVendorOrderWorkflowId = "settle-vendor-order"

/**
 * Settles a vendor order in the ledger, or brings its settlement up to date:
 * clearing → vendor (its net, available after VENDOR_HOLD_DAYS), clearing →
 * platform commission, delivery and tax. Run on delivery, on Medusa's
 * completion (the fallback until couriers deliver), and after every refund or
 * commission recomputation, which then post only the difference. Under a lock
 * per order, so two triggers at once post once.
 */
export const settleVendorOrderWorkflow = createWorkflow(settleVendorOrderWorkflowId, (input: SettleVendorOrderWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `vendor-order-settlement:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const amounts = vendorOrderAmountsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  const posting = prepareSettlementStep(
    transform({ input, amounts }, ({ input, amounts }) => ({ order_id: input.order_id, trigger: input.trigger, amounts }))
  )
  when("settlement-has-a-posting", { posting }, ({ posting }) => !!posting).then(() => {
    postLedgerTransactionWorkflow.runAsStep({ input: transform({ posting }, ({ posting }) => posting!) })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(posting)
})

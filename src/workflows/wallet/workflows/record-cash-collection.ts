import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { externalAccount } from "../../../modules/wallet/ledger-types"
import { cashCollected, courierAccount, vendorAccount } from "../../../modules/wallet/postings"
import { vendorOrderPaymentLockKey } from "../../vendor-order/locks"
import { authorizeCashSessionStep } from "../steps/authorize-cash-session"
import { prepareCashCollectionStep } from "../steps/prepare-cash-collection"
import { postLedgerTransactionWorkflow } from "./post-ledger-transaction"

export type RecordCashCollectionWorkflowInput = {
  order_id: string
  amount: number
  /**
   * Who records it: the store that delivered or the courier who collected it
   * (either now holds the cash), or an admin (the platform has it).
   */
  actor: { type: "vendor"; id: string; vendor_id: string } | { type: "courier"; id: string } | { type: "admin"; id: string }
}

export const recordCashCollectionWorkflowId = "record-cash-collection"

/**
 * The cash of a vendor order paid on delivery was collected: its share of
 * the checkout is authorised and captured in Medusa's payment module (so the
 * order shows paid everywhere), and the ledger records who holds the cash,
 * the store or the courier (vendor or courier → clearing: it owes the
 * platform what it collected) or the platform (the cash rail → clearing). Once per order, under its money lock.
 */
export const recordCashCollectionWorkflow = createWorkflow(recordCashCollectionWorkflowId, (input: RecordCashCollectionWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => vendorOrderPaymentLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const collection = prepareCashCollectionStep(
    transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      amount: input.amount,
      vendor_id: input.actor.type === "vendor" ? input.actor.vendor_id : undefined,
    }))
  )
  const authorized = authorizeCashSessionStep(transform({ collection }, ({ collection }) => ({ session_id: collection.session_id })))
  capturePaymentWorkflow.runAsStep({
    input: transform({ authorized, collection, input }, ({ authorized, collection, input }) => ({
      payment_id: authorized.payment_id,
      amount: collection.amount,
      captured_by: input.actor.id,
    })),
  })
  const posted = postLedgerTransactionWorkflow.runAsStep({
    input: transform({ collection, input }, ({ collection, input }) =>
      cashCollected({
        order_id: collection.order_id,
        currency_code: collection.currency_code,
        amount: collection.amount,
        holder:
          input.actor.type === "vendor"
            ? vendorAccount(collection.vendor_id, collection.currency_code)
            : input.actor.type === "courier"
              ? courierAccount(input.actor.id, collection.currency_code)
              : externalAccount(collection.provider_id, collection.currency_code),
        actor_type: input.actor.type,
        actor_id: input.actor.id,
      })
    ),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ collection, transaction: posted })
})

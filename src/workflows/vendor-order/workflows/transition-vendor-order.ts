import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents, type DaraaEventPayload, type VendorOrderMoved } from "../../../events"
import type { VendorOrderActor } from "../../../modules/order-group/service"
import { VENDOR_ORDER_EVENTS, type VendorOrderAction, type VendorOrderStatus } from "../../../modules/order-group/vendor-order-status"
import { recomputeOrderCommissionWorkflow } from "../../commission/workflows/recompute-order-commission"
import { vendorOrderPaymentLockKey } from "../locks"
import { captureVendorOrderSharesStep } from "../steps/capture-vendor-order-shares"
import { transitionVendorOrderStep } from "../steps/transition-vendor-order"
import { validateCustomerOrderStep } from "../steps/validate-customer-order"
import { vendorOrderAmountsStep } from "../steps/vendor-order-amounts"
import { recordVendorOrderRefundsWorkflow } from "./record-vendor-order-refunds"

export type TransitionVendorOrderWorkflowInput = {
  /** The Medusa order id, or `id`, the vendor order state's id. */
  order_id?: string
  id?: string
  action: VendorOrderAction
  /** Who asks: kept on the status change and sent with the event. */
  actor: VendorOrderActor
  /** When set, only this vendor's order: another vendor's answers 404. */
  vendor_id?: string
  /** When set, only this customer's order: another customer's answers 404. */
  customer_id?: string | null
  reason?: string | null
  /** Only move the order while it is still in one of these statuses (the auto-reject job passes `["pending"]`). */
  only_from?: VendorOrderStatus[]
  /** Set by the `orderCanceled` hook: Medusa's own cancel has already canceled the order and settled its payment. */
  order_canceled?: boolean
}

export const transitionVendorOrderWorkflowId = "transition-vendor-order"

const CLOSING: VendorOrderAction[] = ["reject", "cancel", "fail_delivery"]

/**
 * The one way a vendor order changes state, whoever asks: the vendor (accept,
 * prepare, ready, reject), the customer (cancel), an admin (reject), the
 * auto-reject job, Medusa's own `POST /admin/orders/:id/cancel` (through the
 * `orderCanceled` hook), and later the courier (dispatch, deliver).
 *
 * 1. Checks who may see the order (404 otherwise) and that the move is allowed
 *    now (409 naming the status otherwise), then moves it, stamps its time and
 *    writes its status change row, atomically under the order's lock.
 * 2. A rejection or cancel then cancels the Medusa order with Medusa's
 *    `cancelOrderWorkflow` under the order's money lock (unless Medusa's cancel
 *    is what called), which refunds its own payment if captured or releases it
 *    if not; records those refunds (`vendor_order.refunded`); and records the
 *    commission it no longer owes as adjustments caused by `cancel:<order id>`.
 * 3. An accept, a rejection or a cancel is a vendor's decision: under
 *    `PAYMENT_CAPTURE=acceptance` the checkout's accepted shares are captured
 *    (`vendor_order.captured`).
 * 4. Emits the move's event (`vendor_order.accepted`, `.rejected`, …) with the
 *    move, who asked, and the order's amounts after it: the one place the
 *    ledger posts a vendor order's changes.
 *
 * A failure undoes the move.
 */
export const transitionVendorOrderWorkflow = createWorkflow(transitionVendorOrderWorkflowId, (input: TransitionVendorOrderWorkflowInput) => {
  when("transition-by-customer", { input }, ({ input }) => !!input.customer_id).then(() => {
    validateCustomerOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id!, customer_id: input.customer_id ?? null })))
  })
  const transition = transitionVendorOrderStep(
    transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      id: input.id,
      vendor_id: input.vendor_id,
      action: input.action,
      actor: input.actor,
      reason: input.reason ?? null,
      only_from: input.only_from,
    }))
  )
  const orderId = transform({ transition }, ({ transition }) => ({ order_id: transition.order_id }))

  when("transition-cancels-the-order", { input }, ({ input }) => CLOSING.includes(input.action) && !input.order_canceled).then(() => {
    const moneyLock = transform({ transition }, ({ transition }) => vendorOrderPaymentLockKey(transition.order_id))
    acquireLockStep({ key: moneyLock, timeout: 30, ttl: 120 })
    cancelOrderWorkflow.runAsStep({
      input: transform({ transition, input }, ({ transition, input }) => ({
        order_id: transition.order_id,
        canceled_by: input.actor.id ?? undefined,
      })),
    })
    releaseLockStep({ key: moneyLock })
  })

  when("transition-closes-the-order", { input }, ({ input }) => CLOSING.includes(input.action)).then(() => {
    // Medusa's cancel refunded the order's own payment without announcing it.
    recordVendorOrderRefundsWorkflow.runAsStep({ input: orderId })
    recomputeOrderCommissionWorkflow.runAsStep({
      input: transform({ transition }, ({ transition }) => ({ order_id: transition.order_id, cause: `cancel:${transition.order_id}` })),
    })
  })

  when("transition-is-a-decision", { input }, ({ input }) => input.action === "accept" || CLOSING.includes(input.action)).then(() => {
    const captured = captureVendorOrderSharesStep(orderId)
    emitEventStep({ eventName: DaraaEvents.VENDOR_ORDER_CAPTURED, data: captured }).config({ name: "emit-vendor-order-captured" })
  })

  const amounts = vendorOrderAmountsStep(orderId)
  emitEventStep({
    eventName: transform({ input }, ({ input }) => VENDOR_ORDER_EVENTS[input.action]),
    data: transform({ transition, input, amounts }, ({ transition, input, amounts }) => {
      const moved: VendorOrderMoved = {
        id: transition.order_id,
        vendor_id: transition.vendor_id,
        action: input.action,
        from: transition.from,
        to: transition.to,
        at: new Date(transition.at).toISOString(),
        actor: { type: input.actor.type, id: input.actor.id ?? null },
        reason: input.reason ?? null,
        amounts,
      }
      if (input.action === "reject") {
        return {
          ...moved,
          rejected_by: input.actor.type === "vendor" ? "vendor" : "platform",
        } satisfies DaraaEventPayload<typeof DaraaEvents.VENDOR_ORDER_REJECTED>
      }
      return moved
    }),
  }).config({ name: "emit-vendor-order-moved" })
  return new WorkflowResponse(transition)
})

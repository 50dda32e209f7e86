import { MathBN, Modules, PaymentCollectionStatus, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CapturePlan } from "../../../modules/order-group/capture-plan"

export type CreateVendorOrderPaymentsInput = {
  /** The checkout's payment on the rail, as authorised (and captured, at placement). */
  payment: { id: string; provider_id: string; data?: Record<string, unknown> | null } | null
  plan: CapturePlan
  rail_captured: boolean
  orders: { order_id: string; currency_code: string; amount: any }[]
}

export type VendorOrderPayment = {
  order_id: string
  payment_collection_id: string
  payment_id: string | null
  currency_code: string
  amount: string
  /** The share's capture, when it was captured with the checkout. */
  capture_id: string | null
}

/**
 * The data of a share's payment, which is recorded under the rail's provider,
 * as the payment the customer made: storefronts (the Next.js starter looks the
 * provider up in its own list) and the dashboard show the real payment method,
 * and Medusa's refund of the order reaches the rail directly, for the refunded
 * amount. Until the rail has captured the share, its data leaves out the
 * rail's own reference, so that Medusa cancelling this one order (a rejection
 * before capture) cannot cancel the whole checkout's authorisation on the rail.
 */
export function shareDataOnRail(
  rail: { id: string; data?: Record<string, unknown> | null },
  orderId: string,
  railCaptured: boolean
): Record<string, unknown> {
  const share = { order_id: orderId, parent_payment_id: rail.id }
  return railCaptured ? { ...(rail.data ?? {}), daraa_share: share } : { daraa_share: share }
}

/**
 * Writes the shares in a few batched calls of Medusa's payment module, as its
 * own authorisation and capture would leave them (session authorised, payment,
 * capture, collection totals and status), without calling the rail: the rail
 * authorised (and captured) the checkout once already, and a provider's
 * `initiatePayment` would open a second payment intent at Stripe.
 */
async function recordShares(
  paymentModule: any,
  input: CreateVendorOrderPaymentsInput,
  rail: NonNullable<CreateVendorOrderPaymentsInput["payment"]>,
  collectionIds: string[]
): Promise<VendorOrderPayment[]> {
  const now = new Date()
  const awaiting = input.plan.when === "collection"
  const dataOf = (index: number) => shareDataOnRail(rail, input.orders[index].order_id, input.rail_captured)
  const sessions = await paymentModule.createPaymentSessions(
    input.orders.map((order, index) => ({
      payment_collection_id: collectionIds[index],
      provider_id: rail.provider_id,
      currency_code: order.currency_code,
      amount: order.amount,
      data: dataOf(index),
      // Cash on delivery: nothing is authorised until the cash is collected.
      status: awaiting ? PaymentSessionStatus.PENDING : PaymentSessionStatus.AUTHORIZED,
      authorized_at: awaiting ? null : now,
    }))
  )
  if (awaiting) {
    await paymentModule.updatePaymentCollections({ id: collectionIds }, { status: PaymentCollectionStatus.AWAITING })
    return input.orders.map((order, index) => ({
      order_id: order.order_id,
      payment_collection_id: collectionIds[index],
      payment_id: null,
      currency_code: order.currency_code,
      amount: MathBN.convert(order.amount).toFixed(),
      capture_id: null,
    }))
  }
  const payments = await paymentModule.createPayments(
    input.orders.map((order, index) => ({
      amount: order.amount,
      currency_code: order.currency_code,
      provider_id: rail.provider_id,
      data: dataOf(index),
      payment_collection_id: collectionIds[index],
      payment_session: sessions[index].id,
      captured_at: input.rail_captured ? now : null,
    }))
  )
  const captures = input.rail_captured
    ? await paymentModule.createCaptures(payments.map((share: any, index: number) => ({ payment: share.id, amount: input.orders[index].amount })))
    : []
  await Promise.all(
    input.orders.map((order, index) =>
      paymentModule.updatePaymentCollections(collectionIds[index], {
        status: input.rail_captured ? PaymentCollectionStatus.COMPLETED : PaymentCollectionStatus.AUTHORIZED,
        authorized_amount: order.amount,
        captured_amount: input.rail_captured ? order.amount : 0,
        ...(input.rail_captured ? { completed_at: now } : {}),
      })
    )
  )
  return input.orders.map((order, index) => ({
    order_id: order.order_id,
    payment_collection_id: collectionIds[index],
    payment_id: payments[index].id,
    currency_code: order.currency_code,
    amount: MathBN.convert(order.amount).toFixed(),
    capture_id: captures[index]?.id ?? null,
  }))
}

export const createVendorOrderPaymentsStepId = "create-vendor-order-payments"

/**
 * Gives every vendor order its own payment collection, whose payment is the
 * order's share of the checkout's one payment: captured when the rail was
 * captured for it, awaiting the cash on delivery, authorised otherwise. The
 * caller links each collection to its order, so Medusa's own views, cancel
 * and refund see the order's share alone.
 */
export const createVendorOrderPaymentsStep = createStep(
  createVendorOrderPaymentsStepId,
  async (input: CreateVendorOrderPaymentsInput, { container }) => {
    const payment = input.payment
    if (!payment || !input.orders.length) {
      return new StepResponse([] as VendorOrderPayment[], [] as string[])
    }
    const paymentModule = container.resolve(Modules.PAYMENT)
    const collections = await paymentModule.createPaymentCollections(
      input.orders.map((order) => ({ currency_code: order.currency_code, amount: order.amount }))
    )
    const collectionIds = collections.map((collection) => collection.id)
    try {
      const created = await recordShares(paymentModule, input, payment, collectionIds)
      return new StepResponse(created, collectionIds)
    } catch (error) {
      await paymentModule.deletePaymentCollections(collectionIds)
      throw error
    }
  },
  async (collectionIds: string[] | undefined, { container }) => {
    if (!collectionIds?.length) {
      return
    }
    await container.resolve(Modules.PAYMENT).deletePaymentCollections(collectionIds)
  }
)

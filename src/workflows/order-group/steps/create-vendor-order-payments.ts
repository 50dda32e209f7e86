import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CapturePlan } from "../../../modules/order-group/capture-plan"

/** The provider of every vendor order's share payment (src/modules/checkout-share). */
export const CHECKOUT_SHARE_PROVIDER_ID = "pp_checkout-share_daraa"

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
 * A share, once authorised, is recorded under the rail's provider, as the
 * payment the customer made: storefronts (the Next.js starter looks the
 * provider up in its own list) and the dashboard show the real payment method,
 * and Medusa's refund of the order reaches the rail directly, for the refunded
 * amount. Until the rail has captured the share, its data leaves out the
 * rail's own reference, so that Medusa cancelling this one order (a rejection
 * before capture) cannot cancel the whole checkout's authorisation on the rail.
 */
export function sharedOnRail(
  paymentId: string,
  rail: { id: string; provider_id: string; data?: Record<string, unknown> | null },
  orderId: string,
  railCaptured: boolean
) {
  const share = { order_id: orderId, parent_payment_id: rail.id }
  return {
    id: paymentId,
    provider_id: rail.provider_id,
    data: railCaptured ? { ...(rail.data ?? {}), daraa_share: share } : { daraa_share: share },
  }
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
      const created = await Promise.all(
        input.orders.map(async (order, index) => {
          const session = await paymentModule.createPaymentSession(collectionIds[index], {
            provider_id: CHECKOUT_SHARE_PROVIDER_ID,
            currency_code: order.currency_code,
            amount: order.amount,
            data: {
              order_id: order.order_id,
              parent_payment_id: payment.id,
              parent_provider_id: payment.provider_id,
              parent_data: payment.data ?? {},
              rail_captured: input.rail_captured,
              awaiting_collection: input.plan.when === "collection",
            },
          })
          const share = await paymentModule.authorizePaymentSession(session.id, {})
          if (share) {
            await paymentModule.updatePayment(sharedOnRail(share.id, payment, order.order_id, input.rail_captured) as any)
          }
          // A share captured with the checkout was captured as it was authorised; its capture is the order's transaction.
          const captures = share && input.rail_captured ? (await paymentModule.retrievePayment(share.id, { relations: ["captures"] })).captures ?? [] : []
          return {
            order_id: order.order_id,
            payment_collection_id: collectionIds[index],
            payment_id: share?.id ?? null,
            currency_code: order.currency_code,
            amount: MathBN.convert(order.amount).toFixed(),
            capture_id: captures[0]?.id ?? null,
          } satisfies VendorOrderPayment
        })
      )
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

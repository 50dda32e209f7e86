import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveVendorOrderPaymentStepId = "resolve-vendor-order-payment"

export type VendorOrderPaymentState = {
  order_id: string
  payment_id: string
  /** The rail the share is recorded under (docs/payments.md). */
  provider_id: string
  payment_collection_id: string
  customer_id: string | null
  currency_code: string
  captured: string
  refunded: string
  /** What the order still holds: captured less refunded. */
  held: string
}

/**
 * The vendor order's own payment (its share of the checkout) and what it still
 * holds. With `refund_amount`, refuses a refund larger than that, naming both
 * amounts. Writes nothing.
 */
export const resolveVendorOrderPaymentStep = createStep(
  resolveVendorOrderPaymentStepId,
  async (input: { order_id: string; refund_amount?: number | string | null }, { container }) => {
    const state = await vendorOrderPaymentState(container, input.order_id)
    if (input.refund_amount !== undefined && input.refund_amount !== null) {
      if (!MathBN.gt(state.held, 0)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} holds no captured money to refund.`)
      }
      if (MathBN.gt(input.refund_amount, state.held)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `amount ${input.refund_amount} is more than order ${input.order_id} still holds of the payment (${state.held} ${state.currency_code}).`
        )
      }
    }
    return new StepResponse(state)
  }
)

export async function vendorOrderPaymentState(container: any, orderId: string): Promise<VendorOrderPaymentState> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "customer_id",
      "payment_collections.id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.raw_amount",
      "payment_collections.payments.refunds.raw_amount",
    ],
    filters: { id: orderId },
  })
  const collection = ((order as any)?.payment_collections ?? []).find((candidate: any) => candidate?.payments?.length)
  const payment = collection?.payments?.[0]
  if (!order || !payment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} has no payment of its own.`)
  }
  const captured = MathBN.sum(0, ...(payment.captures ?? []).map((capture: any) => capture.raw_amount))
  const refunded = MathBN.sum(0, ...(payment.refunds ?? []).map((refund: any) => refund.raw_amount))
  const held = MathBN.sub(captured, refunded)
  return {
    order_id: orderId,
    payment_id: payment.id,
    provider_id: payment.provider_id,
    payment_collection_id: collection.id,
    customer_id: (order as any).customer_id ?? null,
    currency_code: (order as any).currency_code,
    captured: captured.toFixed(),
    refunded: refunded.toFixed(),
    held: (MathBN.gt(held, 0) ? held : MathBN.convert(0)).toFixed(),
  }
}

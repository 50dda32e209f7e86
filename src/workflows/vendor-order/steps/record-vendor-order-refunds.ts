import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export const recordVendorOrderRefundsStepId = "record-vendor-order-refunds"

/**
 * Records the refunds of one payment (or of an order's own payment) that belongs to a vendor order (its share
 * payment, linked to the order through its collection) and answers those not
 * recorded before. Which order a refund is for is never guessed: it is the
 * order that owns the payment. A payment of no vendor order records nothing.
 */
export const recordVendorOrderRefundsStep = createStep(
  recordVendorOrderRefundsStepId,
  async (input: { payment_id?: string; order_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const paymentId = input.payment_id ?? (await paymentOfOrder(query, input.order_id))
    if (!paymentId) {
      return new StepResponse([] as Awaited<ReturnType<OrderGroupModuleService["recordVendorOrderRefunds"]>>)
    }
    const {
      data: [payment],
    } = await query.graph({
      entity: "payment",
      fields: ["id", "currency_code", "refunds.id", "refunds.amount", "refunds.raw_amount", "payment_collection.order.id"],
      filters: { id: paymentId },
    })
    const orderId = (payment as any)?.payment_collection?.order?.id as string | undefined
    const refunds = ((payment as any)?.refunds ?? []) as { id: string; amount: any; raw_amount?: any }[]
    if (!orderId || !refunds.length) {
      return new StepResponse([] as Awaited<ReturnType<OrderGroupModuleService["recordVendorOrderRefunds"]>>)
    }
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [state] = await service.listVendorOrderStates({ order_id: orderId }, { select: ["id"] })
    if (!state) {
      return new StepResponse([] as Awaited<ReturnType<OrderGroupModuleService["recordVendorOrderRefunds"]>>)
    }
    // A record is never undone: the refund it records happened on the rail.
    const fresh = await service.recordVendorOrderRefunds(
      refunds.map((refund) => ({
        refund_id: refund.id,
        order_id: orderId,
        payment_id: payment.id,
        amount: MathBN.convert(refund.raw_amount ?? refund.amount).toFixed(),
        currency_code: payment.currency_code,
      }))
    )
    return new StepResponse(fresh)
  }
)

async function paymentOfOrder(query: any, orderId: string | undefined): Promise<string | null> {
  if (!orderId) {
    return null
  }
  const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
  return (data[0]?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])[0]?.id ?? null
}

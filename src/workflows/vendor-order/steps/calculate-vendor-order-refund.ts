import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export type VendorOrderRefund = {
  order_id: string
  currency_code: string
  /** The group's payment that the order's share was captured on; null when nothing was captured. */
  payment_id: string | null
  /** What is still to be refunded: the order's captured share less what was refunded for it. */
  amount: string
  /** Ids of the payment's refunds before this one, so the new refund can be told apart. */
  known_refund_ids: string[]
  /** Refunds made for this order whose order transaction is missing (a run that stopped between the two). */
  unrecorded_refunds: { id: string; amount: string }[]
}

export const calculateVendorOrderRefundStepId = "calculate-vendor-order-refund"

/**
 * What one vendor order still holds of the group's one payment. The order's
 * share is recorded on the order as `capture` transactions; refunds for it as
 * negative `refund` transactions. Refunds are also tagged with the order id on
 * the payment, so one whose transaction was never written still counts and is
 * never paid twice. Writes nothing.
 */
export const calculateVendorOrderRefundStep = createStep(
  calculateVendorOrderRefundStepId,
  async (input: { order_id: string; requested_amount?: number | null }, { container }) => {
    const transactions = await container
      .resolve(Modules.ORDER)
      .listOrderTransactions({ order_id: input.order_id }, { select: ["id", "amount", "raw_amount", "currency_code", "reference", "reference_id"] })
    const captures = transactions.filter((trx) => trx.reference === "capture")
    const refunds = transactions.filter((trx) => trx.reference === "refund")
    const captured = MathBN.sum(0, ...captures.map((trx) => trx.raw_amount ?? trx.amount))
    // Refund transactions are negative.
    const refunded = MathBN.mult(MathBN.sum(0, ...refunds.map((trx) => trx.raw_amount ?? trx.amount)), -1)
    const recordedRefundIds = new Set(refunds.map((trx) => trx.reference_id))
    const currencyCode = captures[0]?.currency_code ?? transactions[0]?.currency_code ?? ""

    const payment = await capturedPaymentOf(container, input.order_id, new Set(captures.map((trx) => trx.reference_id as string)))
    const unrecorded = ((payment?.refunds ?? []) as any[])
      .filter((refund) => refund.metadata?.order_id === input.order_id && !recordedRefundIds.has(refund.id))
      .map((refund) => ({ id: refund.id as string, amount: MathBN.convert(refund.raw_amount ?? refund.amount).toFixed() }))

    const remaining = MathBN.sub(MathBN.sub(captured, refunded), MathBN.sum(0, ...unrecorded.map((refund) => refund.amount)))
    const held = payment && MathBN.gt(remaining, 0) ? remaining : MathBN.convert(0)
    // A partial refund (an admin's goodwill, or the money of returned items) may not exceed what the order still holds.
    const requested = input.requested_amount ?? null
    if (requested !== null && MathBN.gt(requested, held)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount ${requested} is more than order ${input.order_id} still holds of the payment (${held.toFixed()} ${currencyCode}).`
      )
    }
    return new StepResponse<VendorOrderRefund>({
      order_id: input.order_id,
      currency_code: currencyCode,
      payment_id: payment?.id ?? null,
      amount: requested !== null ? MathBN.convert(requested).toFixed() : held.toFixed(),
      known_refund_ids: ((payment?.refunds ?? []) as any[]).map((refund) => refund.id as string),
      unrecorded_refunds: unrecorded,
    })
  }
)

/**
 * The payment of the order's group that holds the order's capture. The vendor
 * orders are not linked to the payment collection (so that Medusa's own flows
 * never refund the whole checkout for one order); the group is.
 */
async function capturedPaymentOf(container: MedusaContainer, orderId: string, captureIds: Set<string>) {
  const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const [state] = await service.listVendorOrderStates({ order_id: orderId }, { select: ["order_group_id"] })
  if (!state?.order_group_id) {
    return null
  }
  const { data: groups } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_group",
    fields: [
      "id",
      "payment_collection.payments.id",
      "payment_collection.payments.captures.id",
      "payment_collection.payments.refunds.id",
      "payment_collection.payments.refunds.amount",
      "payment_collection.payments.refunds.raw_amount",
      "payment_collection.payments.refunds.metadata",
    ],
    filters: { id: state.order_group_id },
  })
  const payments = ((groups[0] as any)?.payment_collection?.payments ?? []) as any[]
  return (
    payments.find((payment) => (payment.captures ?? []).some((capture: any) => captureIds.has(capture.id))) ??
    payments.find((payment) => (payment.captures ?? []).length > 0) ??
    null
  )
}

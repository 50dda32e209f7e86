import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const recordWalletRefundStepId = "record-wallet-refund"

export type RecordWalletRefundInput = {
  order_id: string
  payment_id: string
  payment_collection_id: string
  currency_code: string
  amount: number
  note?: string | null
  created_by?: string | null
}

/** Marks a refund whose money went to the customer's wallet, not back to the rail. */
export const WALLET_REFUND_METADATA = { daraa_destination: "wallet" } as const

/**
 * A refund to the customer's wallet of a vendor order paid on a card rail:
 * recorded in Medusa's books as Medusa's own refund would be (a refund on the
 * order's payment, the collection's refunded amount, an order transaction),
 * without calling the rail, since the money goes to the wallet instead. The
 * ledger credits the wallet when `payment.refunded` has been recorded as
 * `vendor_order.refunded` (src/subscribers/ledger-vendor-order-refunded.ts).
 * Run under the order's money lock, after the amount was checked.
 */
export const recordWalletRefundStep = createStep(
  recordWalletRefundStepId,
  async (input: RecordWalletRefundInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const orders = container.resolve(Modules.ORDER)
    // Medusa's payment module writes refunds through its generated methods; its interface names only refundPayment.
    const [refund] = await (payments as any).createRefunds([
      {
        payment_id: input.payment_id,
        amount: input.amount,
        note: input.note ?? undefined,
        created_by: input.created_by ?? undefined,
        metadata: { ...WALLET_REFUND_METADATA },
      },
    ])
    const collection = await payments.retrievePaymentCollection(input.payment_collection_id, { select: ["id", "refunded_amount"] })
    const previousRefunded = MathBN.convert((collection as any).refunded_amount ?? 0).toFixed()
    await payments.updatePaymentCollections(input.payment_collection_id, {
      refunded_amount: MathBN.add(previousRefunded, input.amount).toFixed(),
    } as any)
    const [transaction] = await orders.addOrderTransactions([
      {
        order_id: input.order_id,
        amount: MathBN.mult(input.amount, -1).toNumber(),
        currency_code: input.currency_code,
        reference: "refund",
        reference_id: refund.id,
      },
    ])
    return new StepResponse(
      { refund_id: refund.id, payment_id: input.payment_id },
      { refund_id: refund.id, transaction_id: transaction.id, collection_id: input.payment_collection_id, previous_refunded: previousRefunded }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container.resolve(Modules.ORDER).deleteOrderTransactions([undo.transaction_id])
    await container.resolve(Modules.PAYMENT).updatePaymentCollections(undo.collection_id, { refunded_amount: undo.previous_refunded } as any)
    await (container.resolve(Modules.PAYMENT) as any).deleteRefunds([undo.refund_id])
  }
)

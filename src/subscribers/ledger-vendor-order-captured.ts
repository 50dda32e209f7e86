import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { paymentReceived } from "../modules/wallet/postings"
import { railKind } from "../workflows/wallet/rails"
import { postLedgerTransactionWorkflow } from "../workflows/wallet/workflows/post-ledger-transaction"

/**
 * A vendor order's share captured on a card rail: the ledger records the
 * money received (rail → clearing), once per payment. The wallet posts its
 * own captures, and cash is posted when it is collected.
 */
export default async function postVendorOrderPayment({
  event,
  container,
}: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.VENDOR_ORDER_CAPTURED>>) {
  const payment = await container.resolve(Modules.PAYMENT).retrievePayment(event.data.payment_id, { select: ["id", "provider_id"] })
  if (railKind(container, payment.provider_id) !== "external") {
    return
  }
  await postLedgerTransactionWorkflow(container).run({
    input: paymentReceived({
      payment_id: payment.id,
      order_id: event.data.order_id,
      provider_id: payment.provider_id,
      currency_code: event.data.currency_code,
      amount: event.data.amount,
    }),
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_CAPTURED }

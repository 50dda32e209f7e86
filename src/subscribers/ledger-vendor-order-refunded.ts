import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { refundPaid } from "../modules/wallet/postings"
import { refundDestinationOf } from "../workflows/wallet/rails"
import { postLedgerTransactionWorkflow } from "../workflows/wallet/workflows/post-ledger-transaction"

/**
 * Every refund of a vendor order leaves clearing once (`refund:<refund id>`):
 * to the customer's wallet or back to the rail. The wallet provider has
 * already posted its own refunds under the same key, so this posts nothing
 * for them.
 */
export default async function postVendorOrderRefund({
  event,
  container,
}: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.VENDOR_ORDER_REFUNDED>>) {
  const {
    data: [order],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: event.data.order_id },
  })
  const { destination } = await refundDestinationOf(container, event.data.refund_id, (order as any)?.customer_id ?? null)
  await postLedgerTransactionWorkflow(container).run({
    input: refundPaid({
      refund_id: event.data.refund_id,
      order_id: event.data.order_id,
      currency_code: event.data.currency_code,
      amount: event.data.amount,
      destination,
    }),
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_ORDER_REFUNDED }

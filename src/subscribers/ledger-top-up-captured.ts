import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, PaymentEvents } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../modules/wallet"
import type WalletModuleService from "../modules/wallet/service"
import { completeWalletTopUpWorkflow } from "../workflows/wallet/workflows/top-up-wallet"

/**
 * A top-up's payment captured outside `POST /store/wallet/top-ups/:id/complete`
 * (a provider's webhook, or an admin capturing it in the dashboard) still
 * credits the wallet, once.
 */
export default async function creditCapturedTopUp({ event, container }: SubscriberArgs<{ id: string }>) {
  const payment = await container.resolve(Modules.PAYMENT).retrievePayment(event.data.id, { select: ["id", "payment_collection_id"] })
  const [topUp] = await container
    .resolve<WalletModuleService>(WALLET_MODULE)
    .listWalletTopUps({ payment_collection_id: payment.payment_collection_id, status: "pending" }, { select: ["id"] })
  if (topUp) {
    await completeWalletTopUpWorkflow(container).run({ input: { top_up_id: topUp.id } })
  }
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED }

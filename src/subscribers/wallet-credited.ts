import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MathBN } from "@medusajs/framework/utils"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

const CREDITS = { top_up: "top_up", adjustment: "adjustment" } as const

/** A customer hears when money lands in the wallet from a top-up or an admin's credit (refunds have their own message). */
export default async function walletCreditedNotification({
  event,
  container,
}: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.LEDGER_TRANSACTION_POSTED>>) {
  const reason = CREDITS[event.data.type as keyof typeof CREDITS]
  const credit = event.data.entries.find((entry) => entry.owner_type === "customer" && MathBN.gt(entry.amount, 0))
  if (!reason || !credit) {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "wallet-credited",
      category: "account",
      data: { transaction_id: event.data.id, amount: MathBN.convert(credit.amount).toNumber(), currency_code: credit.currency_code, reason },
      resource: { type: "wallet", id: event.data.id },
      recipients: { customer_ids: [credit.owner_id] },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.LEDGER_TRANSACTION_POSTED }

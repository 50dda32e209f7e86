import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type PayoutMoved } from "../events"
import type { NotificationEvent } from "../modules/notification-center/templates"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

const TEMPLATES: Record<string, NotificationEvent> = {
  [DaraaEvents.PAYOUT_PAID]: "payout-paid",
  [DaraaEvents.PAYOUT_FAILED]: "payout-failed",
  [DaraaEvents.PAYOUT_APPROVED]: "payout-request-approved",
  [DaraaEvents.PAYOUT_REJECTED]: "payout-request-rejected",
}

/** The payee hears that a payout was paid, failed (with the reason), or that its early request was decided. */
export default async function notifyPayee({ event, container }: SubscriberArgs<PayoutMoved>) {
  const payout = event.data
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: TEMPLATES[event.name],
      category: "account",
      data: {
        id: payout.id,
        amount: Number(payout.amount),
        currency_code: payout.currency_code,
        reason: payout.reason,
        reference: payout.provider_reference,
      },
      resource: { type: "payout", id: payout.id },
      recipients: payout.owner_type === "vendor" ? { vendor_id: payout.owner_id } : { courier_id: payout.owner_id },
    },
  })
}

export const config: SubscriberConfig = { event: Object.keys(TEMPLATES) }

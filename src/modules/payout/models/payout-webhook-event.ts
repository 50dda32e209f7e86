import { model } from "@medusajs/framework/utils"

/** A Stripe event handled once: its id is unique, so a redelivered event changes nothing. */
export const PayoutWebhookEvent = model.define("payout_webhook_event", {
  id: model.id({ prefix: "poevt" }).primaryKey(),
  event_id: model.text().unique(),
  type: model.text(),
  payout_id: model.text().nullable(),
  outcome: model.text(),
})

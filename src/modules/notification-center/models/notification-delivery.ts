import { model } from "@medusajs/framework/utils"
import { CATEGORIES, DELIVERY_STATUSES, RECIPIENT_TYPES } from "../constants"

/**
 * One message on one external channel (sms, email, push) to one address, with
 * its attempts, so failures are retried with backoff and visible afterwards.
 */
export const NotificationDelivery = model
  .define("notification_delivery", {
    id: model.id({ prefix: "ndel" }).primaryKey(),
    recipient_type: model.enum([...RECIPIENT_TYPES]),
    recipient_id: model.text(),
    channel: model.text(),
    to: model.text(),
    event: model.text(),
    category: model.enum([...CATEGORIES]),
    locale: model.text(),
    data: model.json().nullable(),
    status: model.enum([...DELIVERY_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    notification_id: model.text().nullable(),
  })
  .indexes([{ on: ["status", "next_attempt_at"] }])

import { model } from "@medusajs/framework/utils"
import { CATEGORIES, CHANNELS, RECIPIENT_TYPES } from "../constants"

/** A recipient's choice for one channel and category; absent rows mean the default. */
export const NotificationPreference = model
  .define("notification_preference", {
    id: model.id({ prefix: "npref" }).primaryKey(),
    recipient_type: model.enum([...RECIPIENT_TYPES]),
    recipient_id: model.text(),
    channel: model.enum([...CHANNELS]),
    category: model.enum([...CATEGORIES]),
    enabled: model.boolean(),
  })
  .indexes([
    { on: ["recipient_type", "recipient_id", "channel", "category"], unique: true, where: "deleted_at IS NULL" },
  ])

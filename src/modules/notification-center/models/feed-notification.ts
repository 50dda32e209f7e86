import { model } from "@medusajs/framework/utils"
import { CATEGORIES, RECIPIENT_TYPES } from "../constants"

/** An entry of a recipient's in-app notification list. */
export const FeedNotification = model
  .define("feed_notification", {
    id: model.id({ prefix: "feed" }).primaryKey(),
    recipient_type: model.enum([...RECIPIENT_TYPES]),
    recipient_id: model.text(),
    category: model.enum([...CATEGORIES]),
    event: model.text(),
    title: model.text(),
    body: model.text(),
    data: model.json().nullable(),
    resource_type: model.text().nullable(),
    resource_id: model.text().nullable(),
    read_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["recipient_type", "recipient_id", "read_at"] }])

import { model } from "@medusajs/framework/utils"
import { DEVICE_PLATFORMS, RECIPIENT_TYPES } from "../constants"

/** A device token registered for push; a token belongs to one recipient at a time. */
export const PushDevice = model
  .define("push_device", {
    id: model.id({ prefix: "pdev" }).primaryKey(),
    recipient_type: model.enum([...RECIPIENT_TYPES]),
    recipient_id: model.text(),
    token: model.text().unique(),
    platform: model.enum([...DEVICE_PLATFORMS]),
  })
  .indexes([{ on: ["recipient_type", "recipient_id"] }])

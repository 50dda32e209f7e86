import { model } from "@medusajs/framework/utils"
import { Delivery } from "./delivery"

/** One move of a delivery: from, to, who, why, when (created_at). */
export const DeliveryStatusChange = model.define("delivery_status_change", {
  id: model.id({ prefix: "dlsc" }).primaryKey(),
  from_status: model.text(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text().nullable(),
  delivery: model.belongsTo(() => Delivery, { mappedBy: "status_changes" }),
})

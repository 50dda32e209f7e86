import { model } from "@medusajs/framework/utils"
import { Courier } from "./courier"

/** One admin action on a courier: who, when, why, and the status before and after. */
export const CourierStatusChange = model.define("courier_status_change", {
  id: model.id({ prefix: "cstc" }).primaryKey(),
  action: model.enum(["approve", "reject", "suspend", "reinstate"]),
  from_status: model.text(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text(),
  courier: model.belongsTo(() => Courier, { mappedBy: "status_changes" }),
})

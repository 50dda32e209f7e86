import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** One admin action on a vendor: who, when, why, and the status before and after. */
export const VendorStatusChange = model.define("vendor_status_change", {
  id: model.id({ prefix: "vstc" }).primaryKey(),
  action: model.enum(["approve", "reject", "suspend", "reinstate"]),
  from_status: model.text(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "status_changes" }),
})

import { model } from "@medusajs/framework/utils"
import { VENDOR_ORDER_STATUSES } from "../vendor-order-status"
import { OrderGroup } from "./order-group"

/**
 * The vendor's side of one Medusa order: where it is in the vendor's workflow,
 * kept beside Medusa's own order status. `vendor_id` and `display_id` are
 * copied here so that a vendor's order list is one indexed query.
 */
export const VendorOrderState = model
  .define("vendor_order_state", {
    id: model.id({ prefix: "vost" }).primaryKey(),
    order_id: model.text().unique(),
    vendor_id: model.text(),
    display_id: model.number(),
    vendor_status: model.enum([...VENDOR_ORDER_STATUSES]).default("pending"),
    // Why it was rejected or cancelled.
    status_reason: model.text().nullable(),
    // A pending order not accepted by then is rejected by the auto-reject job.
    accept_by: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    preparing_at: model.dateTime().nullable(),
    ready_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    order_group: model.belongsTo(() => OrderGroup, { mappedBy: "vendor_order_states" }),
  })
  .indexes([
    { on: ["vendor_id", "created_at"] },
    { on: ["vendor_id", "vendor_status"] },
    { on: ["vendor_status", "accept_by"] },
  ])

import { model } from "@medusajs/framework/utils"

/**
 * One move of a vendor order, written with the move itself: from which status
 * to which, by what action, who asked (`actor_type`: vendor, customer, admin,
 * or system for the jobs and Medusa's own cancel) and when (`created_at`).
 * Append-only: an undone move (a failed workflow) deletes its own row.
 */
export const VendorOrderStatusChange = model
  .define("vendor_order_status_change", {
    id: model.id({ prefix: "vosc" }).primaryKey(),
    order_id: model.text(),
    vendor_id: model.text(),
    action: model.text(),
    from_status: model.text(),
    to_status: model.text(),
    reason: model.text().nullable(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["order_id", "created_at"] }, { on: ["vendor_id", "created_at"] }])

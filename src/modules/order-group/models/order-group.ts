import { model } from "@medusajs/framework/utils"
import { VendorOrderState } from "./vendor-order-state"

/**
 * One checkout: the cart it came from and the single payment that paid for it.
 * Each vendor's part is a Medusa order, linked to the group and to its vendor.
 */
export const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    // Unique: completing the same cart again finds this group instead of making another.
    cart_id: model.text().unique(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    currency_code: model.text(),
    // What the one payment was for; equals the sum of the orders' totals.
    total: model.bigNumber(),
    payment_collection_id: model.text().nullable(),
    vendor_order_states: model.hasMany(() => VendorOrderState, { mappedBy: "order_group" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }])
  .cascades({ delete: ["vendor_order_states"] })

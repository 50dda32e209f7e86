import { model } from "@medusajs/framework/utils"
import { DeliveryOffer } from "./delivery-offer"
import { DeliveryStatusChange } from "./delivery-status-change"
import { DeliveryZone } from "./delivery-zone"

export const DELIVERY_STATUSES = [
  "pending",
  "offered",
  "assigned",
  "picked_up",
  "delivered",
  "failed",
  "cancelled",
] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * One delivery per vendor order: from the vendor (pickup) to the customer
 * (drop-off), for `fee`, by one courier. The position fields hold the courier's
 * last reported point and the ETA computed from it; the track itself is in
 * `track_point`.
 */
export const Delivery = model
  .define("delivery", {
    id: model.id({ prefix: "dlv" }).primaryKey(),
    // The Medusa order of one vendor (a vendor order).
    order_id: model.text().unique(),
    vendor_id: model.text(),
    customer_id: model.text().nullable(),
    order_group_id: model.text().nullable(),
    courier_id: model.text().nullable(),
    status: model.enum([...DELIVERY_STATUSES]).default("pending"),
    currency_code: model.text(),
    fee: model.bigNumber(),
    // Cash the courier collects at the door (cash on delivery), null otherwise.
    cash_due: model.bigNumber().nullable(),
    cash_collected_at: model.dateTime().nullable(),
    pickup_latitude: model.float().nullable(),
    pickup_longitude: model.float().nullable(),
    pickup_address: model.json().nullable(),
    dropoff_latitude: model.float().nullable(),
    dropoff_longitude: model.float().nullable(),
    dropoff_address: model.json().nullable(),
    distance_km: model.float().nullable(),
    // The courier's stop order when carrying several deliveries (1 = next).
    stop_sequence: model.number().nullable(),
    // Proof of delivery: the code the customer gives the courier.
    proof_code: model.text(),
    proof_attempts: model.number().default(0),
    proof_photo_file_id: model.text().nullable(),
    // Live position and ETA, from the courier's points.
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    position_at: model.dateTime().nullable(),
    speed_mps: model.float().nullable(),
    remaining_km: model.float().nullable(),
    eta_at: model.dateTime().nullable(),
    offered_at: model.dateTime().nullable(),
    assigned_at: model.dateTime().nullable(),
    picked_up_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    failed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    failure_reason: model.text().nullable(),
    metadata: model.json().nullable(),
    zone: model.belongsTo(() => DeliveryZone, { mappedBy: "deliveries" }).nullable(),
    offers: model.hasMany(() => DeliveryOffer, { mappedBy: "delivery" }),
    status_changes: model.hasMany(() => DeliveryStatusChange, { mappedBy: "delivery" }),
  })
  .indexes([
    { on: ["courier_id", "status"] },
    { on: ["status"] },
    { on: ["vendor_id"] },
  ])
  .cascades({ delete: ["offers", "status_changes"] })

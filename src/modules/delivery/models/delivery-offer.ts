import { model } from "@medusajs/framework/utils"
import { Delivery } from "./delivery"

export const DELIVERY_OFFER_STATUSES = ["offered", "accepted", "declined", "expired", "withdrawn"] as const
export type DeliveryOfferStatus = (typeof DELIVERY_OFFER_STATUSES)[number]

/** A delivery offered to one courier until `expires_at`. */
export const DeliveryOffer = model
  .define("delivery_offer", {
    id: model.id({ prefix: "dloff" }).primaryKey(),
    courier_id: model.text(),
    status: model.enum([...DELIVERY_OFFER_STATUSES]).default("offered"),
    expires_at: model.dateTime(),
    responded_at: model.dateTime().nullable(),
    // The courier's distance to the pickup when offered.
    distance_km: model.float().nullable(),
    delivery: model.belongsTo(() => Delivery, { mappedBy: "offers" }),
  })
  .indexes([{ on: ["courier_id", "status"] }, { on: ["status", "expires_at"] }])

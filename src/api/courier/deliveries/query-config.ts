import type { ListShape } from "../../list-query"

/** What a courier sees of a delivery it carries: everything but the customer's proof code. */
export const courierDeliveryFields = [
  "id",
  "order_id",
  "vendor_id",
  "courier_id",
  "status",
  "currency_code",
  "fee",
  "cash_due",
  "cash_collected_at",
  "pickup_latitude",
  "pickup_longitude",
  "pickup_address",
  "dropoff_latitude",
  "dropoff_longitude",
  "dropoff_address",
  "distance_km",
  "stop_sequence",
  "proof_attempts",
  "eta_at",
  "assigned_at",
  "picked_up_at",
  "delivered_at",
  "failed_at",
  "cancelled_at",
  "failure_reason",
  "created_at",
  "updated_at",
]

export const courierDeliveryList: ListShape = {
  fields: courierDeliveryFields,
  order: ["created_at", "assigned_at", "stop_sequence", "status"],
  defaultOrder: "-created_at",
}

/** An offer as its courier sees it: the pickup, the fee and cash, where the drop-off is; not yet who the customer is. */
export const courierOfferFields = [
  "id",
  "status",
  "expires_at",
  "distance_km",
  "created_at",
  "delivery.id",
  "delivery.currency_code",
  "delivery.fee",
  "delivery.cash_due",
  "delivery.pickup_address",
  "delivery.pickup_latitude",
  "delivery.pickup_longitude",
  "delivery.dropoff_latitude",
  "delivery.dropoff_longitude",
  "delivery.distance_km",
]

export const courierOfferList: ListShape = {
  fields: courierOfferFields,
  order: ["expires_at", "created_at", "distance_km"],
  defaultOrder: "expires_at",
}

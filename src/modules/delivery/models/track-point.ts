import { model } from "@medusajs/framework/utils"

/**
 * One GPS point a courier reported on a delivery. Pruned after
 * TRACK_RETENTION_DAYS. A point is its delivery and its time: the same point
 * sent twice (a retried upload) is stored once.
 */
export const TrackPoint = model
  .define("track_point", {
    id: model.id({ prefix: "dltp" }).primaryKey(),
    delivery_id: model.text(),
    courier_id: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    recorded_at: model.dateTime(),
    speed: model.float().nullable(),
    heading: model.float().nullable(),
    accuracy: model.float().nullable(),
  })
  .indexes([{ on: ["delivery_id", "recorded_at"], unique: true }, { on: ["recorded_at"] }])

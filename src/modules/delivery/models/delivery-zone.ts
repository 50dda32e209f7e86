import { model } from "@medusajs/framework/utils"
import { Delivery } from "./delivery"

/**
 * An area the platform delivers in. An address inside `polygon` (GeoJSON
 * Polygon or MultiPolygon, [longitude, latitude] pairs) is delivered for
 * `base_fee + fee_per_km × km`, up to `max_distance_km` from the vendor, during
 * `active_hours`. `cities` and `postal_codes` place an address that came
 * without coordinates; it is then priced to the zone's centre.
 */
export const DeliveryZone = model.define("delivery_zone", {
  id: model.id({ prefix: "dzone" }).primaryKey(),
  name: model.text().searchable(),
  currency_code: model.text(),
  polygon: model.json(),
  center_latitude: model.float(),
  center_longitude: model.float(),
  base_fee: model.bigNumber(),
  fee_per_km: model.bigNumber(),
  max_distance_km: model.float(),
  // { "mon": [["08:00", "23:00"]], … } in the zone's timezone; null means always.
  active_hours: model.json().nullable(),
  timezone: model.text().default("Asia/Damascus"),
  cities: model.json().nullable(),
  postal_codes: model.json().nullable(),
  is_active: model.boolean().default(true),
  metadata: model.json().nullable(),
  deliveries: model.hasMany(() => Delivery, { mappedBy: "zone" }),
})

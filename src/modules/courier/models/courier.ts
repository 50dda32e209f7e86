import { model } from "@medusajs/framework/utils"
import { CourierDocument } from "./courier-document"
import { CourierStatusChange } from "./courier-status-change"

export const COURIER_VEHICLE_TYPES = ["bicycle", "motorcycle", "car", "van"] as const
export type CourierVehicleType = (typeof COURIER_VEHICLE_TYPES)[number]

export const COURIER_AVAILABILITIES = ["offline", "online"] as const
export type CourierAvailability = (typeof COURIER_AVAILABILITIES)[number]

/**
 * A person who delivers. Only an `active` courier may go `online`; the last
 * position it reported is kept with the time it was reported.
 */
export const Courier = model
  .define("courier", {
    id: model.id({ prefix: "cour" }).primaryKey(),
    first_name: model.text().searchable(),
    last_name: model.text().searchable(),
    phone: model.text().searchable(),
    email: model.text().searchable().nullable(),
    // The language of the courier's notifications.
    locale: model.enum(["en", "ar"]).default("en"),
    vehicle_type: model.enum([...COURIER_VEHICLE_TYPES]),
    status: model.enum(["pending", "active", "rejected", "suspended"]).default("pending"),
    availability: model.enum([...COURIER_AVAILABILITIES]).default("offline"),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    position_at: model.dateTime().nullable(),
    // How many deliveries the courier may carry at once (COURIER_MAX_ACTIVE_DELIVERIES when registered).
    max_active_deliveries: model.number(),
    metadata: model.json().nullable(),
    documents: model.hasMany(() => CourierDocument, { mappedBy: "courier" }),
    status_changes: model.hasMany(() => CourierStatusChange, { mappedBy: "courier" }),
  })
  .cascades({ delete: ["documents", "status_changes"] })

import { model } from "@medusajs/framework/utils"
import { VendorDocument } from "./vendor-document"
import { VendorInvite } from "./vendor-invite"
import { VendorMember } from "./vendor-member"
import { VendorStatusChange } from "./vendor-status-change"

/** A store a customer buys from. Only `active` vendors are visible to customers. */
export const Vendor = model
  .define("vendor", {
    id: model.id({ prefix: "ven" }).primaryKey(),
    handle: model.text().unique(),
    // Translatable through Medusa's translations (the demo's Arabic names, docs/demo.md).
    name: model.text().searchable().translatable(),
    description: model.text().translatable().nullable(),
    email: model.text(),
    phone: model.text(),
    status: model.enum(["pending", "active", "rejected", "suspended"]).default("pending"),
    address_1: model.text(),
    city: model.text(),
    country_code: model.text(),
    postal_code: model.text().nullable(),
    latitude: model.float(),
    longitude: model.float(),
    // { monday: [{ open: "08:00", close: "22:00" }], ... }; a missing day is closed.
    opening_hours: model.json().nullable(),
    logo_url: model.text().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => VendorMember, { mappedBy: "vendor" }),
    invites: model.hasMany(() => VendorInvite, { mappedBy: "vendor" }),
    documents: model.hasMany(() => VendorDocument, { mappedBy: "vendor" }),
    status_changes: model.hasMany(() => VendorStatusChange, { mappedBy: "vendor" }),
  })
  .cascades({ delete: ["members", "invites", "documents", "status_changes"] })

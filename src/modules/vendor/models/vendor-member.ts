import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

export const VENDOR_MEMBER_LOCALES = ["en", "ar"] as const
export type VendorMemberLocale = (typeof VENDOR_MEMBER_LOCALES)[number]

/** A person who works for a vendor; the `vendor` actor of the API is a member. */
export const VendorMember = model
  .define("vendor_member", {
    id: model.id({ prefix: "vmem" }).primaryKey(),
    role: model.enum(["owner", "manager", "staff"]),
    email: model.text(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    phone: model.text().nullable(),
    // The language of the member's notifications.
    locale: model.enum([...VENDOR_MEMBER_LOCALES]).default("en"),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
  })
  .indexes([{ on: ["vendor_id", "email"], unique: true, where: "deleted_at IS NULL" }])

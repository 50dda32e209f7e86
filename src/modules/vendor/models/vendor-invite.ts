import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** An owner's invitation; only the SHA-256 of its token is stored. */
export const VendorInvite = model
  .define("vendor_invite", {
    id: model.id({ prefix: "vinv" }).primaryKey(),
    email: model.text(),
    role: model.enum(["manager", "staff"]),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    invited_by: model.text(),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "invites" }),
  })

import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** A verification document stored through Medusa's File module. */
export const VendorDocument = model.define("vendor_document", {
  id: model.id({ prefix: "vdoc" }).primaryKey(),
  type: model.enum(["commercial_registration", "owner_id", "tax_certificate", "other"]),
  file_id: model.text(),
  url: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "documents" }),
})

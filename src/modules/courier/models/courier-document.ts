import { model } from "@medusajs/framework/utils"
import { Courier } from "./courier"

export const COURIER_DOCUMENT_TYPES = ["id", "vehicle"] as const

/** An ID or vehicle document, stored privately through Medusa's File module. */
export const CourierDocument = model.define("courier_document", {
  id: model.id({ prefix: "cdoc" }).primaryKey(),
  type: model.enum([...COURIER_DOCUMENT_TYPES]),
  file_id: model.text(),
  url: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  courier: model.belongsTo(() => Courier, { mappedBy: "documents" }),
})

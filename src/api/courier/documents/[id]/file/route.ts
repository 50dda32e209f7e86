import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COURIER_MODULE } from "../../../../../modules/courier"
import type CourierModuleService from "../../../../../modules/courier/service"
import { readStoredFile, sendStoredFile } from "../../../../files/send-file"
import type { CourierRequest } from "../../../resolve-courier-actor"

/** The file of one of the courier's own documents; another courier's id is a 404. */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  const couriers = req.scope.resolve<CourierModuleService>(COURIER_MODULE)
  const [document] = await couriers.listCourierDocuments(
    { id: req.params.id, courier_id: req.courier_context.courier.id },
    { take: 1 }
  )
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${req.params.id} was not found`)
  }
  sendStoredFile(res, await readStoredFile(req.scope, document.file_id), { filename: document.filename, isPrivate: true })
}

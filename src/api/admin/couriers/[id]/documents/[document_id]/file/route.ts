import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COURIER_MODULE } from "../../../../../../../modules/courier"
import type CourierModuleService from "../../../../../../../modules/courier/service"
import { readStoredFile, sendStoredFile } from "../../../../../../files/send-file"

/** A courier's ID or vehicle document, for the admin reviewing it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const couriers = req.scope.resolve<CourierModuleService>(COURIER_MODULE)
  const [document] = await couriers.listCourierDocuments({ id: req.params.document_id, courier_id: req.params.id }, { take: 1 })
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${req.params.document_id} was not found`)
  }
  sendStoredFile(res, await readStoredFile(req.scope, document.file_id), { filename: document.filename, isPrivate: true })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../../../../../modules/vendor"
import type VendorModuleService from "../../../../../../../modules/vendor/service"
import { readStoredFile, sendStoredFile } from "../../../../../../files/send-file"

/** A vendor's verification document, for the admin reviewing it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const vendors = req.scope.resolve<VendorModuleService>(VENDOR_MODULE)
  const [document] = await vendors.listVendorDocuments({ id: req.params.document_id, vendor_id: req.params.id }, { take: 1 })
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${req.params.document_id} was not found`)
  }
  sendStoredFile(res, await readStoredFile(req.scope, document.file_id), { filename: document.filename, isPrivate: true })
}

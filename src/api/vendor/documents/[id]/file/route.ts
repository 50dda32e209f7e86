import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../../../modules/vendor"
import type VendorModuleService from "../../../../../modules/vendor/service"
import { readStoredFile, sendStoredFile } from "../../../../files/send-file"
import type { VendorRequest } from "../../../resolve-vendor-actor"

/** The file of one of the vendor's own documents; another vendor's id is a 404. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const vendors = req.scope.resolve<VendorModuleService>(VENDOR_MODULE)
  const [document] = await vendors.listVendorDocuments({ id: req.params.id, vendor_id: req.vendor_context.vendor.id }, { take: 1 })
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${req.params.id} was not found`)
  }
  sendStoredFile(res, await readStoredFile(req.scope, document.file_id), { filename: document.filename, isPrivate: true })
}

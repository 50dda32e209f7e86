import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { VENDOR_MODULE } from "../../../../modules/vendor"
import type VendorModuleService from "../../../../modules/vendor/service"
import type { VendorRequest } from "../../resolve-vendor-actor"

/** Owner only, and only before approval: the documents an admin approved stay on record. */
export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  const vendors = req.scope.resolve<VendorModuleService>(VENDOR_MODULE)
  const [document] = await vendors.listVendorDocuments({ id: req.params.id, vendor_id: req.vendor_context.vendor.id }, { take: 1 })
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${req.params.id} was not found`)
  }
  if (!["pending", "rejected"].includes(req.vendor_context.vendor.status)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Documents of a vendor that is ${req.vendor_context.vendor.status} are kept on record and cannot be deleted.`
    )
  }
  await vendors.deleteVendorDocuments(document.id)
  await deleteFilesWorkflow(req.scope).run({ input: { ids: [document.file_id] } })
  res.json({ id: document.id, object: "vendor_document", deleted: true })
}

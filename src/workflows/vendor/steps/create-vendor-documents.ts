import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type VendorDocumentInput = {
  vendor_id: string
  type: "commercial_registration" | "owner_id" | "tax_certificate" | "other"
  file_id: string
  url: string
  filename: string
  mime_type: string
}

export const createVendorDocumentsStep = createStep(
  "create-vendor-documents",
  async (documents: VendorDocumentInput[], { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const created = await vendors.createVendorDocuments(documents)
    return new StepResponse(created, created.map((document) => document.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<VendorModuleService>(VENDOR_MODULE).deleteVendorDocuments(ids)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURIER_MODULE } from "../../../modules/courier"
import type { COURIER_DOCUMENT_TYPES } from "../../../modules/courier/models/courier-document"
import type CourierModuleService from "../../../modules/courier/service"

export type CourierDocumentInput = {
  courier_id: string
  type: (typeof COURIER_DOCUMENT_TYPES)[number]
  file_id: string
  url: string
  filename: string
  mime_type: string
}

export const createCourierDocumentsStep = createStep(
  "create-courier-documents",
  async (documents: CourierDocumentInput[], { container }) => {
    const couriers = container.resolve<CourierModuleService>(COURIER_MODULE)
    const created = await couriers.createCourierDocuments(documents)
    return new StepResponse(created, created.map((document) => document.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<CourierModuleService>(COURIER_MODULE).deleteCourierDocuments(ids)
  }
)

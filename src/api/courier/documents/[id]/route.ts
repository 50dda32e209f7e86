import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { COURIER_MODULE } from "../../../../modules/courier"
import type CourierModuleService from "../../../../modules/courier/service"
import type { CourierRequest } from "../../resolve-courier-actor"

/** Only before approval: the documents an admin approved stay on record. */
export const DELETE = async (req: CourierRequest, res: MedusaResponse) => {
  const couriers = req.scope.resolve<CourierModuleService>(COURIER_MODULE)
  const { courier } = req.courier_context
  const [document] = await couriers.listCourierDocuments({ id: req.params.id, courier_id: courier.id }, { take: 1 })
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${req.params.id} was not found`)
  }
  if (!["pending", "rejected"].includes(courier.status)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Documents of a courier that is ${courier.status} are kept on record and cannot be deleted.`
    )
  }
  await couriers.deleteCourierDocuments(document.id)
  await deleteFilesWorkflow(req.scope).run({ input: { ids: [document.file_id] } })
  res.json({ id: document.id, object: "courier_document", deleted: true })
}

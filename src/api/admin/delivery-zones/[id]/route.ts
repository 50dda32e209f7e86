import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteDeliveryZoneWorkflow } from "../../../../workflows/delivery/workflows/delete-delivery-zone"
import { updateDeliveryZoneWorkflow } from "../../../../workflows/delivery/workflows/update-delivery-zone"
import { retrieveDeliveryZone } from "../helpers"
import type { AdminUpdateDeliveryZoneBody } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ delivery_zone: await retrieveDeliveryZone(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateDeliveryZoneBody>, res: MedusaResponse) => {
  await retrieveDeliveryZone(req.scope, req.params.id)
  await updateDeliveryZoneWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ delivery_zone: await retrieveDeliveryZone(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveDeliveryZone(req.scope, req.params.id)
  await deleteDeliveryZoneWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "delivery_zone", deleted: true })
}

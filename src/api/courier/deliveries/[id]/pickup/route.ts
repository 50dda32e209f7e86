import type { MedusaResponse } from "@medusajs/framework/http"
import { pickUpDeliveryWorkflow } from "../../../../../workflows/delivery/workflows/pick-up-delivery"
import type { CourierRequest } from "../../../resolve-courier-actor"
import { retrieveCourierDelivery } from "../../helpers"

/** The courier has the goods from the vendor: picked up, and the vendor order goes out for delivery. */
export const POST = async (req: CourierRequest, res: MedusaResponse) => {
  const courierId = req.courier_context.courier.id
  await pickUpDeliveryWorkflow(req.scope).run({ input: { delivery_id: req.params.id, courier_id: courierId } })
  res.json({ delivery: await retrieveCourierDelivery(req.scope, req.params.id, courierId) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { deliverDeliveryWorkflow } from "../../../../../workflows/delivery/workflows/deliver-delivery"
import type { CourierRequest } from "../../../resolve-courier-actor"
import { retrieveCourierDelivery } from "../../helpers"

/** `{code}`: handed over against the customer's code; a wrong code counts against the delivery's tries. */
export const POST = async (req: CourierRequest<{ code: string }>, res: MedusaResponse) => {
  const courierId = req.courier_context.courier.id
  await deliverDeliveryWorkflow(req.scope).run({
    input: { delivery_id: req.params.id, courier_id: courierId, code: req.validatedBody.code },
  })
  res.json({ delivery: await retrieveCourierDelivery(req.scope, req.params.id, courierId) })
}

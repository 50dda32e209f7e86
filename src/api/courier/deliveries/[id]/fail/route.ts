import type { MedusaResponse } from "@medusajs/framework/http"
import { failDeliveryWorkflow } from "../../../../../workflows/delivery/workflows/fail-delivery"
import type { CourierRequest } from "../../../resolve-courier-actor"
import { retrieveCourierDelivery } from "../../helpers"

/** `{reason}`: the goods could not be handed over; the vendor order is cancelled and refunded (docs/delivery.md). */
export const POST = async (req: CourierRequest<{ reason: string }>, res: MedusaResponse) => {
  const courierId = req.courier_context.courier.id
  await failDeliveryWorkflow(req.scope).run({
    input: { delivery_id: req.params.id, courier_id: courierId, reason: req.validatedBody.reason },
  })
  res.json({ delivery: await retrieveCourierDelivery(req.scope, req.params.id, courierId) })
}

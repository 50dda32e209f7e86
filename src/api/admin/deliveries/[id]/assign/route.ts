import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignDeliveryWorkflow } from "../../../../../workflows/delivery/workflows/assign-delivery"
import { retrieveAdminDelivery } from "../../helpers"

/** `{courier_id}`: hands the delivery to an active courier with room for it, withdrawing any open offer. */
export const POST = async (req: AuthenticatedMedusaRequest<{ courier_id: string }>, res: MedusaResponse) => {
  await retrieveAdminDelivery(req.scope, req.params.id)
  await assignDeliveryWorkflow(req.scope).run({
    input: {
      delivery_id: req.params.id,
      courier_id: req.validatedBody.courier_id,
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  res.json({ delivery: await retrieveAdminDelivery(req.scope, req.params.id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { changeCourierStatusWorkflow } from "../../../../../workflows/courier/workflows/change-courier-status"
import { AdminCourierAction } from "../../validators"
import { retrieveAdminCourier } from "../../helpers"

/** POST /admin/couriers/:id/{approve|reject|suspend|reinstate}; all but approve take {reason}. */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
  const action = AdminCourierAction.safeParse(req.params.action)
  if (!action.success) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown courier action "${req.params.action}"`)
  }
  await retrieveAdminCourier(req, req.params.id)
  await changeCourierStatusWorkflow(req.scope).run({
    input: {
      courier_id: req.params.id,
      action: action.data,
      reason: req.validatedBody?.reason ?? null,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ courier: await retrieveAdminCourier(req, req.params.id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorAction } from "../../../../../modules/vendor/status"
import { changeVendorStatusWorkflow } from "../../../../../workflows/vendor/workflows/change-vendor-status"
import { AdminVendorAction } from "../../validators"
import { retrieveAdminVendor } from "../route"

/** POST /admin/vendors/:id/{approve|reject|suspend|reinstate}; all but approve take {reason}. */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
  const action = AdminVendorAction.safeParse(req.params.action)
  if (!action.success) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown vendor action "${req.params.action}"`)
  }
  await retrieveAdminVendor(req, req.params.id)
  await changeVendorStatusWorkflow(req.scope).run({
    input: {
      vendor_id: req.params.id,
      action: action.data as VendorAction,
      reason: req.validatedBody?.reason ?? null,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptVendorInviteWorkflow } from "../../../../workflows/vendor-member/workflows/accept-vendor-invite"
import type { VendorAcceptInviteBody } from "../../members/validators"
import { memberFields } from "../../members/query-config"

/**
 * With a registration token of the invitee's own login
 * (/auth/vendor/{provider}/register), the invite becomes a membership; a token
 * refresh then carries the new member.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VendorAcceptInviteBody>, res: MedusaResponse) => {
  const { token, ...profile } = req.validatedBody
  const { result } = await acceptVendorInviteWorkflow(req.scope).run({
    input: { token, auth_identity_id: req.auth_context.auth_identity_id, ...profile },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields: [...memberFields, "vendor.id", "vendor.handle", "vendor.name", "vendor.status"],
    filters: { id: result.id },
  })
  const { vendor, ...rest } = member as any
  res.status(201).json({ member: rest, vendor })
}

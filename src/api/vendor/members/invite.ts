import type { MedusaResponse } from "@medusajs/framework/http"
import { inviteVendorMemberWorkflow } from "../../../workflows/vendor-member/workflows/invite-vendor-member"
import type { VendorRequest } from "../resolve-vendor-actor"
import { inviteFields } from "./query-config"
import type { VendorInviteMemberBody } from "./validators"

const DEFAULT_INVITE_TTL_HOURS = 72

/**
 * Members join by invitation (POST /vendor/invites, or POST /vendor/members).
 * The answer holds the token once, for the owner to pass on if no email goes out.
 */
export async function inviteMember(req: VendorRequest<VendorInviteMemberBody>, res: MedusaResponse) {
  const ttl = Number(process.env.VENDOR_INVITE_TTL_HOURS) || DEFAULT_INVITE_TTL_HOURS
  const { result } = await inviteVendorMemberWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor.id,
      email: req.validatedBody.email,
      role: req.validatedBody.role,
      invited_by: req.vendor_context.member.id,
      ttl_hours: ttl,
    },
  })
  const invite = Object.fromEntries(inviteFields.map((field) => [field, (result.invite as any)[field]]))
  res.status(201).json({ invite: { ...invite, token: result.token } })
}

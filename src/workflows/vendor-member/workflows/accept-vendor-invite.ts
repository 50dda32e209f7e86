import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { VendorMemberLocale } from "../../../modules/vendor/models/vendor-member"
import { createVendorMemberStep } from "../../vendor/steps/create-vendor-member"
import { linkVendorMemberLoginStep } from "../../vendor/steps/link-vendor-member-login"
import { claimVendorInviteStep } from "../steps/claim-vendor-invite"
import { validateVendorInviteAcceptanceStep } from "../steps/validate-vendor-invite-acceptance"
import { DaraaEvents } from "../../../events"

export type AcceptVendorInviteWorkflowInput = {
  token: string
  auth_identity_id: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  locale?: VendorMemberLocale
}

export const acceptVendorInviteWorkflowId = "accept-vendor-invite"

/** The invitee's own login becomes a member with the invited role. */
export const acceptVendorInviteWorkflow = createWorkflow(acceptVendorInviteWorkflowId, (input: AcceptVendorInviteWorkflowInput) => {
  const invite = validateVendorInviteAcceptanceStep({ token: input.token, auth_identity_id: input.auth_identity_id })
  claimVendorInviteStep(transform({ invite }, ({ invite }) => invite.id))
  const member = createVendorMemberStep(
    transform({ input, invite }, ({ input, invite }) => ({
      vendor_id: invite.vendor_id,
      role: invite.role,
      email: invite.email,
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
      phone: input.phone ?? null,
      locale: input.locale,
    }))
  )
  linkVendorMemberLoginStep({ auth_identity_id: input.auth_identity_id, member_id: member.id })
  emitEventStep({
    eventName: DaraaEvents.VENDOR_MEMBER_JOINED,
    data: transform({ member, invite }, ({ member, invite }) => ({ id: member.id, vendor_id: invite.vendor_id, role: invite.role })),
  })
  return new WorkflowResponse(member)
})

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createVendorInviteStep, type CreateVendorInviteStepInput } from "../steps/create-vendor-invite"
import { DaraaEvents } from "../../../events"

export const inviteVendorMemberWorkflowId = "invite-vendor-member"

/** The owner invites someone; `vendor.invite_created` carries the token for the invite email. */
export const inviteVendorMemberWorkflow = createWorkflow(inviteVendorMemberWorkflowId, (input: CreateVendorInviteStepInput) => {
  const created = createVendorInviteStep(input)
  emitEventStep({
    eventName: DaraaEvents.VENDOR_INVITE_CREATED,
    data: transform({ created }, ({ created }) => ({
      id: created.invite.id,
      vendor_id: created.invite.vendor_id,
      email: created.invite.email,
      role: created.invite.role,
      token: created.token,
      expires_at: created.invite.expires_at,
    })),
  })
  return new WorkflowResponse(created)
})

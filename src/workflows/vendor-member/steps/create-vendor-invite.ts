import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { createHash, randomBytes } from "crypto"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type CreateVendorInviteStepInput = {
  vendor_id: string
  email: string
  role: "manager" | "staff"
  invited_by: string
  ttl_hours: number
}

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

/** A new invite; the clear token is answered once and only its hash is kept. */
export const createVendorInviteStep = createStep(
  "create-vendor-invite",
  async (input: CreateVendorInviteStepInput, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const email = input.email.toLowerCase()
    const [member] = await vendors.listVendorMembers({ vendor_id: input.vendor_id, email }, { take: 1 })
    if (member) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `${email} is already a member of this vendor.`)
    }
    const pending = await vendors.listVendorInvites({
      vendor_id: input.vendor_id,
      email,
      accepted_at: null,
      expires_at: { $gt: new Date() },
    })
    if (pending.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${email} already has a pending invite; revoke it with DELETE /vendor/invites/${pending[0].id} to send a new one.`
      )
    }
    const token = randomBytes(32).toString("hex")
    const invite = await vendors.createVendorInvites({
      vendor_id: input.vendor_id,
      email,
      role: input.role,
      invited_by: input.invited_by,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + input.ttl_hours * 3600 * 1000),
    })
    return new StepResponse({ invite, token }, invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    await container.resolve<VendorModuleService>(VENDOR_MODULE).deleteVendorInvites(inviteId)
  }
)

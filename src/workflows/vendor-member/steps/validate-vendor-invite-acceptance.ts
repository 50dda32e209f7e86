import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { ALREADY_ACCEPTED } from "./claim-vendor-invite"
import { hashInviteToken } from "./create-vendor-invite"

/** The invite behind a token, if it can still be accepted by this login. */
export const validateVendorInviteAcceptanceStep = createStep(
  "validate-vendor-invite-acceptance",
  async (input: { token: string; auth_identity_id: string }, { container }) => {
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const [invite] = await vendors.listVendorInvites({ token_hash: hashInviteToken(input.token) }, { take: 1 })
    if (!invite) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "No invite matches this token; ask the store owner for a new one.")
    }
    if (invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.CONFLICT, ALREADY_ACCEPTED)
    }
    if (new Date(invite.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This invite expired on ${new Date(invite.expires_at).toISOString()}; ask the store owner for a new one.`
      )
    }
    // A suspended store takes no new members (docs/vendors.md), as it takes no other writes.
    const vendor = await vendors.retrieveVendor(invite.vendor_id as string, { select: ["id", "status"] })
    if (vendor.status === "suspended") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "This store is suspended: it cannot take new members until an admin reinstates it; accept the invite then."
      )
    }
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.vendor_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This login is already a vendor member.")
    }
    return new StepResponse({
      id: invite.id,
      vendor_id: invite.vendor_id as string,
      email: invite.email,
      role: invite.role as "manager" | "staff",
    })
  }
)

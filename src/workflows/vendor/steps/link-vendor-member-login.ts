import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export type LinkVendorMemberLoginStepInput = {
  auth_identity_id: string
  member_id: string
}

/**
 * Makes a login act as a member (`app_metadata.vendor_id`). Unlike Medusa's
 * setAuthAppMetadataStep it takes a login whose member was removed (the key is
 * then null), and a login linked meanwhile by a concurrent request is a 409.
 */
export const linkVendorMemberLoginStep = createStep(
  "link-vendor-member-login",
  async (input: LinkVendorMemberLoginStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.vendor_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This login is already a vendor member.")
    }
    await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...identity.app_metadata, vendor_id: input.member_id },
    })
    return new StepResponse(undefined, identity.id)
  },
  async (identityId, { container }) => {
    if (!identityId) {
      return
    }
    // Null, not a deleted key: Medusa merges app_metadata on update, and null reads as "no member" everywhere.
    await container.resolve(Modules.AUTH).updateAuthIdentities({ id: identityId, app_metadata: { vendor_id: null } })
  }
)
